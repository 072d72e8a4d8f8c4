package finmetrics.extract;

import finmetrics.model.Diagnostic;
import finmetrics.model.Fact;
import java.util.List;

/** The facts found in a document, and warnings about amounts that could not be linked. */
public record Extraction(List<Fact> facts, List<Diagnostic> diagnostics) {
  public Extraction {
    facts = List.copyOf(facts);
    diagnostics = List.copyOf(diagnostics);
  }
}
