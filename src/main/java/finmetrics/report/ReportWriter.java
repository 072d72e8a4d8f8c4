package finmetrics.report;

import finmetrics.analyze.Analysis;
import finmetrics.analyze.ComparisonTable;
import finmetrics.analyze.MetricCalculator;
import finmetrics.model.Diagnostic;
import finmetrics.model.Fact;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Computes the analysis and writes every report output into one folder: facts.csv, metrics.csv,
 * comparison.csv, finmetrics.xlsx, finmetrics.pptx, charts/, report.md and report.html.
 *
 * <p>All bytes are computed in memory before the first file is written, and the folder is
 * replaced as a whole ({@link AtomicFiles#replaceFolder}), so a failure (no fonts for the charts,
 * a full disk) or a kill leaves the previous outputs as they were, never a mix. charts/ then holds
 * exactly this run's charts: a chart file an earlier run wrote (a cost structure from data no
 * longer there, an SVG when only PNG was asked for) is dropped, so it cannot be dragged into a
 * deck by mistake; every other file in the folder is the user's and is carried into the new one.
 */
public final class ReportWriter {
  private ReportWriter() {}

  /** Returns the analysis warnings (conflicts, parts that do not add up) and what the workbook could not hold. */
  public static List<Diagnostic> writeAll(Path outDir, List<Fact> facts, ReportOptions options)
      throws IOException {
    Analysis analysis = MetricCalculator.compute(facts);
    Map<Path, byte[]> files = new LinkedHashMap<>();
    render(outDir, analysis, options).forEach((path, bytes) -> files.put(outDir.relativize(path), bytes));
    Set<Path> charts = Set.copyOf(ChartWriter.possibleFiles(Path.of("charts")));
    AtomicFiles.replaceFolder(outDir, files, charts::contains);
    List<Diagnostic> warnings = new ArrayList<>(analysis.diagnostics());
    for (String note : WorkbookWriter.notes(analysis)) {
      warnings.add(Diagnostic.warning(WorkbookWriter.FILE, 0, note));
    }
    return warnings;
  }

  /** Every output file and its bytes, in the order they are moved into place (reports last). */
  static Map<Path, byte[]> render(Path outDir, Analysis analysis, ReportOptions options)
      throws IOException {
    // The workbook needs only the analysis: built on another core while the charts are drawn.
    Background<byte[]> workbook = Background.start("workbook", () -> WorkbookWriter.render(analysis));
    ComparisonTable comparison = ComparisonTable.of(analysis.rows());
    List<ChartWriter.Chart> charts =
        ChartWriter.render(analysis, options.documents(), options.charts(), options.selection());
    ReportDocument.Report report =
        ReportBuilder.build(analysis, comparison, options.documents(), charts);
    // The deck shows charts as pictures: PNG, drawn for it when only SVG was asked for.
    List<ChartWriter.Chart> deckCharts = options.charts().isEmpty() || options.charts().contains(ChartFormat.PNG)
        ? charts
        : ChartWriter.render(analysis, options.documents(), Set.of(ChartFormat.PNG), options.selection());
    byte[] deck = DeckWriter.render(analysis, options.documents(), deckCharts); // before waiting for the workbook
    Map<Path, byte[]> files = new LinkedHashMap<>();
    files.put(outDir.resolve("facts.csv"),
        SpreadsheetCsv.withByteOrderMark(FactsCsvWriter.render(analysis.facts())));
    files.put(outDir.resolve("metrics.csv"),
        SpreadsheetCsv.withByteOrderMark(MetricsCsvWriter.render(analysis.rows())));
    files.put(outDir.resolve("comparison.csv"),
        SpreadsheetCsv.withByteOrderMark(ComparisonCsvWriter.render(comparison)));
    files.put(outDir.resolve(WorkbookWriter.FILE), workbook.get());
    files.put(outDir.resolve(DeckWriter.FILE), deck);
    for (ChartWriter.Chart c : charts) {
      for (Map.Entry<ChartFormat, byte[]> f : c.files().entrySet()) {
        String name = c.name() + "." + f.getKey().name().toLowerCase(Locale.ROOT);
        files.put(outDir.resolve("charts").resolve(name), f.getValue());
      }
    }
    files.put(outDir.resolve("report.md"), utf8(MarkdownRenderer.render(report)));
    files.put(outDir.resolve("report.html"), utf8(HtmlRenderer.render(report)));
    return files;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
