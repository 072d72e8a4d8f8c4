package finmetrics.cli;

import finmetrics.model.Diagnostic;
import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics to standard error, one line each, and a count of warnings at the end. */
final class Diagnostics {
  private Diagnostics() {}

  /** Returns the number of warnings printed. */
  static long print(List<Diagnostic> diagnostics, PrintWriter err, boolean strict) {
    for (Diagnostic d : diagnostics) {
      String level = d.severity() == Diagnostic.Severity.ERROR ? "error: " : "warning: ";
      err.println("finmetrics: " + level + d.format());
    }
    long warnings =
        diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.WARNING).count();
    if (warnings > 0) {
      err.println(
          warnings + (warnings == 1 ? " warning" : " warnings")
              + (strict ? " (--strict: failing)" : " (use --strict to fail)"));
    }
    err.flush();
    return warnings;
  }
}
