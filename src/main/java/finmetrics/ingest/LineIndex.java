package finmetrics.ingest;

import java.util.Arrays;

/**
 * The 1-based line of any offset of a text, found by binary search over the line starts. flexmark's
 * own {@code Node.getLineNumber()} scans from the start of the file on every call, which made
 * large documents quadratic.
 */
public final class LineIndex {
  private final int[] starts;

  public LineIndex(String text) {
    int[] found = new int[16];
    int count = 0;
    found[count++] = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = i + 1;
      }
    }
    starts = Arrays.copyOf(found, count);
  }

  public int lineOf(int offset) {
    int at = Arrays.binarySearch(starts, offset);
    return at >= 0 ? at + 1 : -at - 1;
  }
}
