package finmetrics.ingest;

import finmetrics.model.Diagnostic;
import java.util.List;

/**
 * The documents that could be read, sorted by id, and the diagnostics of reading: an error per
 * input that could not be read, a warning per input read with a caveat (encoding, front matter).
 */
public record ReadResult(List<Document> documents, List<Diagnostic> errors) {
  public ReadResult {
    documents = List.copyOf(documents);
    errors = List.copyOf(errors);
  }
}
