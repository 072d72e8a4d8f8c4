package finmetrics;

import finmetrics.extract.Extraction;
import finmetrics.extract.FactExtractor;
import finmetrics.ingest.Document;
import finmetrics.ingest.ProfileReader;
import finmetrics.ingest.ReadResult;
import finmetrics.model.Diagnostic;
import finmetrics.model.Fact;
import finmetrics.report.AtomicFiles;
import finmetrics.report.FactsCsvWriter;
import finmetrics.report.ReportOptions;
import finmetrics.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Wires the stages: ingest, extract, analyze, report. The CLI and the tests both call this. */
public final class Pipeline {
  private Pipeline() {}

  /** The facts of every readable document, plus read errors and extraction warnings. */
  public record Outcome(List<String> documents, List<Fact> facts, List<Diagnostic> diagnostics) {
    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }
  }

  /** Reads and extracts; documents are processed in parallel and the results sorted. */
  public static Outcome extract(List<Path> inputs) {
    ReadResult read = ProfileReader.read(inputs);
    List<Extraction> extractions =
        read.documents().parallelStream().map(FactExtractor::extract).toList();
    List<Fact> facts = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>(read.errors());
    for (Extraction e : extractions) {
      facts.addAll(e.facts());
      diagnostics.addAll(e.diagnostics());
    }
    facts.sort(Fact.ORDER);
    diagnostics.sort(
        Comparator.comparing(Diagnostic::documentId).thenComparingInt(Diagnostic::line));
    List<String> ids = read.documents().stream().map(Document::id).toList();
    return new Outcome(ids, List.copyOf(facts), List.copyOf(diagnostics));
  }

  /** Writes facts.csv into {@code outDir}, or returns its bytes when {@code outDir} is null. */
  public static byte[] writeFacts(Outcome outcome, Path outDir) throws IOException {
    byte[] csv = FactsCsvWriter.render(outcome.facts());
    if (outDir != null) {
      AtomicFiles.write(outDir.resolve("facts.csv"), csv);
    }
    return csv;
  }

  /** Writes every report output; returns the analysis warnings. */
  public static List<Diagnostic> writeReport(Outcome outcome, Path outDir, ReportOptions options)
      throws IOException {
    return ReportWriter.writeAll(outDir, outcome.facts(), options);
  }
}
