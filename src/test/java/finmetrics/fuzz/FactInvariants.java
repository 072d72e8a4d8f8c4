package finmetrics.fuzz;

import finmetrics.extract.Extraction;
import finmetrics.extract.FactExtractor;
import finmetrics.ingest.Block;
import finmetrics.ingest.Document;
import finmetrics.ingest.ProfileReader;
import finmetrics.model.Diagnostic;
import finmetrics.model.Fact;
import finmetrics.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What must hold for any input, checked by the fuzz tests and their seed runs: no exception and no
 * "internal error" diagnostic (the extractor turns exceptions into those), every block and fact
 * span inside the document, the text at a fact's span equal to its matched amount and found in
 * its evidence, finite values, and the same facts from a second run.
 */
final class FactInvariants {
  private FactInvariants() {}

  /** Any bytes give a document or an error diagnostic, and a document keeps {@link #check}. */
  static void checkFile(byte[] bytes) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Optional<Document> document = ProfileReader.readBytes(bytes, "fuzz.md", "fuzz.md", diagnostics);
    for (Diagnostic d : diagnostics) {
      require(!d.message().contains("internal error"), d.format());
    }
    boolean refused = diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    require(document.isPresent() != refused, "a document and an error, or neither: " + diagnostics);
    document.ifPresent(FactInvariants::check);
  }

  static void check(Document document) {
    String text = document.text();
    for (Block block : document.blocks()) {
      require(block.span().end() <= text.length(), "block " + block.span() + " beyond the text");
      require(block.text().length() == block.span().length(), "block text not as long as its span");
    }
    Extraction first = FactExtractor.extract(document);
    for (Diagnostic d : first.diagnostics()) {
      require(!d.message().contains("internal error"), d.format());
    }
    checkFacts(text, first.facts());
    List<Fact> second = FactExtractor.extract(document).facts();
    require(first.facts().equals(second), "a second run gave other facts");
  }

  static void checkFacts(String text, List<Fact> facts) {
    for (Fact fact : facts) {
      Span amount = fact.source().amount();
      Span sentence = fact.source().sentence();
      require(sentence.end() <= text.length() && sentence.contains(amount), "span " + amount + " outside " + sentence);
      String matched = text.substring(amount.start(), amount.end());
      require(matched.equals(fact.source().matchedText()), "text at [" + amount.start() + "," + amount.end() + ") is '" + matched + "', not '" + fact.source().matchedText() + "'");
      String collapsed = matched.strip().replaceAll("\\s+", " ");
      if (!collapsed.matches(".*[*_`|\\[\\]>].*")) { // markup in the amount is blanked in the evidence
        require(fact.source().evidence().contains(collapsed), "evidence '" + fact.source().evidence() + "' lacks '" + collapsed + "'");
      }
      require(Double.isFinite(fact.value().doubleValue()), "value not finite: " + fact.value());
      require(fact.source().line() >= 1, "line " + fact.source().line());
    }
  }

  /** A document of one block holding the whole text, as a sentence test builds it. */
  static Document singleBlock(String text) {
    return new Document("fuzz.md", "Fuzz", text, text.isEmpty() ? List.of() : List.of(new Block("", new Span(0, text.length()), 1, text)));
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }
}
