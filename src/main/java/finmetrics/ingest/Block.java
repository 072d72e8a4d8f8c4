package finmetrics.ingest;

import finmetrics.model.Span;

/**
 * One paragraph, list item, heading or table cell of a document.
 *
 * @param sectionPath heading trail, e.g. "Businessmodel of LivePerson > Cost Structure"; "" if none
 * @param span where the block lies in {@link Document#text()}
 * @param line 1-based line of {@code span.start()}
 * @param text the document text at {@code span} with Markdown markup blanked to spaces of the same
 *     length, so offsets into it are offsets into the document
 */
public record Block(String sectionPath, Span span, int line, String text) {
  public Block {
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("block text must be as long as its span");
    }
  }
}
