package finmetrics.ingest;

import java.nio.file.Path;
import java.util.List;

/** Reads profiles (Markdown with optional YAML front matter, or plain text) into documents. */
public final class ProfileReader {
  private ProfileReader() {}

  /** Reads every file given and every .md, .markdown and .txt file below every folder given. */
  public static ReadResult read(List<Path> inputs) {
    throw new UnsupportedOperationException("ingest: to be built (issue 2)");
  }
}
