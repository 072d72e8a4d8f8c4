package finmetrics.extract;

import finmetrics.ingest.Block;
import finmetrics.ingest.Document;
import finmetrics.model.Diagnostic;
import finmetrics.model.Fact;
import finmetrics.model.Period;
import finmetrics.model.Provenance;
import finmetrics.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds every stated financial figure in a document: splits blocks into sentences, finds amounts,
 * periods and cues with the rule registries, links them, and attaches provenance. Pure and
 * thread-safe: no I/O and no shared mutable state.
 */
public final class FactExtractor {
  private FactExtractor() {}

  public static Extraction extract(Document document) {
    List<Fact> facts = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    String currency = ""; // of the document's last figure: lends itself to a bare "1,234,567"
    for (Block block : document.blocks()) {
      // A sentence without a period of its own takes the one before it in the same paragraph:
      // "In 2016 X spent $50 million in all. Of this, cost of revenue took $20 million …".
      Period carried = Period.NONE;
      int blockStart = block.span().start();
      for (Span span : SentenceSplitter.split(block.text(), blockStart)) {
        String text = block.text().substring(span.start() - blockStart, span.end() - blockStart);
        try {
          List<Mention> amounts = Sentence.amounts(span, text);
          if (amounts.isEmpty()) {
            carried = carry(Sentence.periodsOnly(span, text), carried);
            continue;
          }
          Sentence sentence = new Sentence(span, text, amounts);
          FactLinker.Result result = FactLinker.link(sentence, carried, currency);
          List<Fact> found = new ArrayList<>();
          for (FactLinker.Figure figure : result.figures()) {
            found.add(fact(document, block, sentence, figure));
          }
          // Only a sentence read to the end changes what the next sentence inherits.
          facts.addAll(found);
          carried = result.period();
          for (Fact fact : found) {
            if (!fact.unit().equals("%")) {
              currency = fact.unit();
            }
          }
        } catch (RuntimeException | StackOverflowError e) {
          // A bug in one sentence must cost only that sentence, never the document or the run.
          diagnostics.add(internalError(document, block, span, e));
        }
      }
    }
    facts.sort(Fact.ORDER);
    return new Extraction(facts, diagnostics);
  }

  private static Diagnostic internalError(Document document, Block block, Span sentence, Throwable e) {
    return new Diagnostic(
        Diagnostic.Severity.ERROR,
        document.id(),
        line(document.text(), block, sentence.start()),
        "internal error in the extractor, sentence skipped: " + e);
  }

  private static Period carry(List<PeriodMention> periods, Period carried) {
    for (PeriodMention p : periods) {
      if (p.kind() == PeriodMention.Kind.ABSOLUTE && !p.period().isRange()) {
        return p.period();
      }
    }
    return carried;
  }

  private static Fact fact(Document document, Block block, Sentence sentence, FactLinker.Figure figure) {
    Span amount = figure.amount().span();
    Provenance provenance =
        new Provenance(
            document.id(),
            block.sectionPath(),
            amount,
            sentence.span,
            line(document.text(), block, amount.start()),
            figure.amount().ruleId(),
            document.text().substring(amount.start(), amount.end()),
            sentence.text.strip().replaceAll("\\s+", " "));
    return new Fact(document.company(), figure.metric(), figure.period(), figure.value(), figure.unit(), figure.qualifier(), provenance);
  }

  private static int line(String text, Block block, int offset) {
    int line = block.line();
    for (int i = block.span().start(); i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
