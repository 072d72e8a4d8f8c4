package finmetrics.model;

/** Half-open [start, end) UTF-16 offsets into a document's text, exactly like String.substring. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
    }
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public int length() {
    return end - start;
  }
}
