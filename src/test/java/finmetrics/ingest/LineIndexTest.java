package finmetrics.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Offsets map to 1-based lines; a newline belongs to the line it ends. */
class LineIndexTest {
  @Test
  void eachOffsetIsOnTheLineThatContainsIt() {
    LineIndex lines = new LineIndex("ab\ncd\n\nef");
    assertEquals(1, lines.lineOf(0));
    assertEquals(1, lines.lineOf(2)); // the first newline
    assertEquals(2, lines.lineOf(3));
    assertEquals(3, lines.lineOf(6)); // the empty line
    assertEquals(4, lines.lineOf(7));
    assertEquals(4, lines.lineOf(8));
  }

  @Test
  void aTextWithoutNewlinesIsOneLine() {
    assertEquals(1, new LineIndex("").lineOf(0));
    assertEquals(1, new LineIndex("no newline at all").lineOf(10));
  }
}
