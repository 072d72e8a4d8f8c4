package finmetrics.extract;

/**
 * One example sentence of a rule's corpus: the expected match is marked inline with [[…]]; a
 * sentence without a marker is a negative example that must give nothing.
 *
 * @param expected the value the marked text must give (e.g. "351700000 USD", "2010-Q3"), or "" for a
 *     negative example
 */
record Example(String marked, String expected) {
  static Example match(String marked, String expected) {
    if (!marked.contains("[[")) {
      throw new IllegalArgumentException("a positive example marks its match with [[…]]: " + marked);
    }
    return new Example(marked, expected);
  }

  static Example noMatch(String text) {
    return new Example(text, "");
  }

  boolean isPositive() {
    return !expected.isEmpty();
  }

  /** The sentence without markers. */
  String text() {
    return marked.replace("[[", "").replace("]]", "");
  }

  /** Offsets of the marked text in {@link #text()}. */
  int start() {
    return marked.indexOf("[[");
  }

  int end() {
    return marked.indexOf("]]") - 2;
  }
}
