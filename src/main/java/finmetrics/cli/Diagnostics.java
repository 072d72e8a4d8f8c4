package finmetrics.cli;

import finmetrics.model.Diagnostic;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints diagnostics to standard error as they come, one line each, and counts them: the warnings
 * count decides the exit code under --strict, and is summed up at the end.
 */
final class Diagnostics {
  private final PrintWriter err;
  private final boolean strict;
  private long warnings;
  private long errors;

  Diagnostics(PrintWriter err, boolean strict) {
    this.err = err;
    this.strict = strict;
  }

  void print(List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      boolean error = d.severity() == Diagnostic.Severity.ERROR;
      err.println("finmetrics: " + (error ? "error: " : "warning: ") + d.format());
      if (error) {
        errors++;
      } else {
        warnings++;
      }
    }
    err.flush();
  }

  /** Files below a folder that were not read because of their type: one warning naming them. */
  void skipped(List<String> files) {
    if (files.isEmpty()) {
      return;
    }
    err.println("finmetrics: warning: skipped " + Words.count(files.size(), "file")
        + (files.size() == 1 ? " that is not text: " : " that are not text: ") + Words.list(files)
        + " (only .md, .markdown and .txt are read)");
    warnings++;
    err.flush();
  }

  /** The count of warnings, when there were any. */
  void finish() {
    if (warnings > 0) {
      err.println(Words.count(warnings, "warning") + (strict ? " (--strict: failing)" : " (use --strict to fail)"));
    }
    err.flush();
  }

  boolean hasErrors() {
    return errors > 0;
  }

  /** The exit code: 1 when an input could not be read, or on any warning under --strict. */
  int exitCode() {
    return errors > 0 || (strict && warnings > 0) ? 1 : 0;
  }
}
