package finmetrics.extract;

import finmetrics.ingest.Document;

/** Finds every stated financial figure in a document. Pure and thread-safe. */
public final class FactExtractor {
  private FactExtractor() {}

  public static Extraction extract(Document document) {
    throw new UnsupportedOperationException("extract: to be built (issue 2)");
  }
}
