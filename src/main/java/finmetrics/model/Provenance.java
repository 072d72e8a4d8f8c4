package finmetrics.model;

/**
 * Where a fact came from, precise enough to link a number back to its sentence.
 *
 * @param documentId input path relative to the input root, '/'-separated (never absolute)
 * @param sectionPath heading trail, e.g. "Businessmodel of LivePerson > Cost Structure"; "" if none
 * @param amount the amount itself, in document offsets
 * @param sentence the enclosing sentence, in document offsets; contains {@code amount}
 * @param line 1-based line of {@code amount.start()}
 * @param ruleId the extraction rule that found the amount, e.g. "money.symbol_scale"
 * @param matchedText the document text at {@code amount}
 * @param evidence the enclosing sentence as written (markup blanked, whitespace collapsed)
 */
public record Provenance(
    String documentId,
    String sectionPath,
    Span amount,
    Span sentence,
    int line,
    String ruleId,
    String matchedText,
    String evidence) {
  public Provenance {
    if (!sentence.contains(amount)) {
      throw new IllegalArgumentException("sentence " + sentence + " does not contain " + amount);
    }
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1-based: " + line);
    }
  }
}
