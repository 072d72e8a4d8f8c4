package finmetrics.report;

import finmetrics.model.Diagnostic;
import finmetrics.model.Fact;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Computes the analysis and writes every report output into one folder. */
public final class ReportWriter {
  private ReportWriter() {}

  /** Returns the analysis warnings (conflicts, parts that do not add up). */
  public static List<Diagnostic> writeAll(Path outDir, List<Fact> facts, ReportOptions options)
      throws IOException {
    throw new UnsupportedOperationException("report: to be built (issue 3)");
  }
}
