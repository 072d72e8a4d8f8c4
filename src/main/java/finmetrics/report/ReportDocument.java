package finmetrics.report;

import java.util.List;

/**
 * The report as a small tree of blocks and inline parts, built once and rendered both as
 * Markdown and as HTML, so the two always say the same thing.
 */
final class ReportDocument {
  private ReportDocument() {}

  /** The whole report. */
  record Report(String title, List<Block> blocks) {}

  /** A paragraph-level part of the report. */
  interface Block {}

  record Heading(int level, String text) implements Block {}

  /** A block HTML folds away behind a summary (a long document list); Markdown shows it as is. */
  record Collapsed(String summary, Block content) implements Block {}

  record Paragraph(List<Inline> parts) implements Block {}

  record Bullets(List<List<Inline>> items) implements Block {}

  /** A table; each cell is a list of inline parts, an empty list for a missing value. */
  record Table(List<String> header, List<List<List<Inline>>> rows) implements Block {}

  /** A chart: Markdown links to the file, HTML embeds the PNG (or else the SVG). */
  record Image(String title, String file, byte[] png, byte[] svg) implements Block {}

  /** A run of text inside a block. */
  interface Inline {}

  record Text(String text) implements Inline {}

  record Code(String text) implements Inline {}

  record Strong(String text) implements Inline {}

  /** A link to an anchor in the same report, e.g. "#E3". */
  record Link(String text, String anchor) implements Inline {}

  /** A target for links: the anchor "E3" of an evidence entry. */
  record Anchor(String id) implements Inline {}

  /** The amount inside its sentence: marked in HTML, plain text in Markdown. */
  record Mark(String text) implements Inline {}

  static Text text(String s) {
    return new Text(s);
  }
}
