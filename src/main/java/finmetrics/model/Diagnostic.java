package finmetrics.model;

/**
 * A warning or error tied to a place in the input; returned as data, never printed from deep
 * inside a stage.
 *
 * @param line 1-based line, or 0 when the problem concerns the whole document
 */
public record Diagnostic(Severity severity, String documentId, int line, String message) {

  /** ERROR means a document could not be processed; WARNING means it was, with a caveat. */
  public enum Severity {
    WARNING,
    ERROR
  }

  public static Diagnostic error(String documentId, String message) {
    return new Diagnostic(Severity.ERROR, documentId, 0, message);
  }

  public static Diagnostic warning(String documentId, int line, String message) {
    return new Diagnostic(Severity.WARNING, documentId, line, message);
  }

  /** The one-line form printed on standard error: {@code doc:line: message}. */
  public String format() {
    return line > 0 ? documentId + ":" + line + ": " + message : documentId + ": " + message;
  }
}
