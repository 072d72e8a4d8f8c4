package finmetrics.extract;

import finmetrics.model.Diagnostic;
import finmetrics.model.Fact;
import java.util.List;

/**
 * The facts found in a document, warnings about it, and every amount that gave no fact with the
 * reason (what {@code explain} shows).
 */
public record Extraction(List<Fact> facts, List<Diagnostic> diagnostics, List<Unread> unread) {
  public Extraction {
    facts = List.copyOf(facts);
    diagnostics = List.copyOf(diagnostics);
    unread = List.copyOf(unread);
  }

  public Extraction(List<Fact> facts, List<Diagnostic> diagnostics) {
    this(facts, diagnostics, List.of());
  }

  /** An amount that gave no fact: where it is, its sentence, and why ("a per-share value"). */
  public record Unread(String documentId, int line, String amount, String evidence, String reason) {}
}
