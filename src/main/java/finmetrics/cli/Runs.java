package finmetrics.cli;

import finmetrics.Pipeline;
import java.io.PrintWriter;
import picocli.CommandLine;

/** The end of every command's run: what was skipped, the warning count, the summary, the exit code. */
final class Runs {
  private Runs() {}

  /**
   * @param wrote the file or folder written, or null when the output went to standard output or
   *     nothing was written
   */
  static int finish(CommandLine cli, Diagnostics diagnostics, Pipeline.Summary summary, boolean quiet, String wrote) {
    diagnostics.skipped(summary.skipped());
    diagnostics.finish();
    if (!quiet) {
      PrintWriter err = cli.getErr();
      err.println("finmetrics: " + counts(summary) + (wrote == null ? "" : "; wrote " + wrote));
      err.flush();
    }
    return diagnostics.exitCode();
  }

  static String counts(Pipeline.Summary summary) {
    return Words.count(summary.facts(), "fact") + " from " + Words.count(summary.documents(), "document");
  }
}
