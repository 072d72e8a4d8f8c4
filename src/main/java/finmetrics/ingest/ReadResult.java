package finmetrics.ingest;

import finmetrics.model.Diagnostic;
import java.util.List;

/** The documents that could be read, sorted by id, and one error per input that could not. */
public record ReadResult(List<Document> documents, List<Diagnostic> errors) {
  public ReadResult {
    documents = List.copyOf(documents);
    errors = List.copyOf(errors);
  }
}
