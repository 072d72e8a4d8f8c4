package finmetrics.extract;

import finmetrics.ingest.Block;
import finmetrics.ingest.Document;
import finmetrics.ingest.LineIndex;
import finmetrics.model.Diagnostic;
import finmetrics.model.Fact;
import finmetrics.model.Metric;
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
    return extract(document, ExtensionAmounts.NONE);
  }

  /** As {@link #extract(Document)}, also reading amounts written with a user's own words. */
  public static Extraction extract(Document document, ExtensionAmounts userAmounts) {
    List<Fact> facts = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Extraction.Unread> unread = new ArrayList<>();
    String currency = ""; // of the document's last figure: lends itself to a bare "1,234,567"
    LineIndex lines = new LineIndex(document.text());
    Period lead = Period.NONE; // of the last lead line: "Interim results for six months ended 30 June 2018"
    Period lastStated = Period.NONE; // of the paragraph before, when it ended on a figure of a stated period
    String lastSection = null;
    for (Block block : document.blocks()) {
      // A sentence without a period of its own takes the one before it in the same paragraph:
      // "In 2016 X spent $50 million in all. Of this, cost of revenue took $20 million …"; news
      // written a sentence to a paragraph goes on in the next paragraph of the same section.
      boolean sameSection = block.sectionPath().equals(lastSection);
      Period carried = sameSection && !lastStated.isNone() ? lastStated : lead;
      lastSection = block.sectionPath();
      lastStated = Period.NONE;
      Metric carriedMetric = null; // the one money metric of the sentence before, in this paragraph
      Period ownLead = leadPeriod(block);
      int blockStart = block.span().start();
      for (Span span : SentenceSplitter.split(block.text(), blockStart)) {
        String text = block.text().substring(span.start() - blockStart, span.end() - blockStart);
        try {
          List<Mention> amounts = userAmounts.addTo(span, text, Sentence.amounts(span, text));
          if (!amounts.isEmpty()) {
            ownLead = Period.NONE;
          }
          if (amounts.isEmpty()) {
            carried = carry(Sentence.periodsOnly(span, text), carried);
            carriedMetric = null;
            continue;
          }
          Sentence sentence = new Sentence(span, text, amounts, userAmounts.cueRules());
          FactLinker.Result result = FactLinker.link(sentence, carried, currency, carriedMetric);
          List<Fact> found = new ArrayList<>();
          for (FactLinker.Figure figure : result.figures()) {
            found.add(fact(document, block, sentence, figure, lines));
          }
          for (FactLinker.Unread u : result.unread()) {
            Span at = u.amount().span();
            unread.add(new Extraction.Unread(document.id(), lines.lineOf(at.start()),
                document.text().substring(at.start(), at.end()), evidence(sentence, at), u.reason()));
          }
          // Only a sentence read to the end changes what the next sentence inherits.
          facts.addAll(found);
          carried = result.period();
          lastStated = found.isEmpty() ? Period.NONE : carried;
          carriedMetric = onlyMetric(found);
          for (Fact fact : found) {
            if (!fact.unit().equals("%")) {
              currency = fact.unit();
            }
          }
        } catch (RuntimeException | StackOverflowError e) {
          // A bug in one sentence must cost only that sentence, never the document or the run.
          diagnostics.add(internalError(document, span, e, lines));
        }
      }
      if (!ownLead.isNone()) {
        lead = ownLead;
      }
    }
    facts.sort(Fact.ORDER);
    return new Extraction(facts, diagnostics, unread);
  }

  private static Diagnostic internalError(Document document, Span sentence, Throwable e, LineIndex lines) {
    return new Diagnostic(
        Diagnostic.Severity.ERROR,
        document.id(),
        lines.lineOf(sentence.start()),
        "internal error in the extractor, sentence skipped: " + e);
  }

  /** Longest lead line, in words: a heading, not a paragraph of prose. */
  private static final int LEAD_LINE_WORDS = 16;

  /**
   * The reporting period a one-line block without amounts names ("Interim results for six months
   * ended 30 June 2018"), which dates the paragraphs after it; NONE for any other block. A bare
   * year ("Founded in 2008") is no lead: it names an event as often as a reporting period.
   */
  private static Period leadPeriod(Block block) {
    String text = block.text().strip();
    if (text.indexOf('\n') >= 0 || text.split("\\s+").length > LEAD_LINE_WORDS) {
      return Period.NONE;
    }
    List<Period> stated = new ArrayList<>();
    for (PeriodMention p : Sentence.periodsOnly(block.span(), block.text())) {
      if (p.kind() == PeriodMention.Kind.ABSOLUTE && !p.period().isRange() && !p.ruleId().equals(PeriodRules.YEAR_RULE.id())) {
        stated.add(p.period());
      }
    }
    return PeriodLinker.firstStated(stated);
  }

  /** The one money metric of a sentence's facts, or null when it stated none or several. */
  private static Metric onlyMetric(List<Fact> facts) {
    List<Metric> metrics = facts.stream().map(Fact::metric).filter(m -> m.kind() == Metric.Kind.MONEY).distinct().toList();
    return metrics.size() == 1 ? metrics.get(0) : null;
  }

  private static Period carry(List<PeriodMention> periods, Period carried) {
    List<Period> stated = new ArrayList<>();
    for (PeriodMention p : periods) {
      if (p.kind() == PeriodMention.Kind.ABSOLUTE && !p.period().isRange()) {
        stated.add(p.period());
      }
    }
    return stated.isEmpty() ? carried : PeriodLinker.firstStated(stated);
  }

  private static Fact fact(Document document, Block block, Sentence sentence, FactLinker.Figure figure, LineIndex lines) {
    Span amount = figure.amount().span();
    Provenance provenance =
        new Provenance(
            document.id(),
            block.sectionPath(),
            amount,
            sentence.span,
            lines.lineOf(amount.start()),
            figure.amount().ruleId(),
            document.text().substring(amount.start(), amount.end()),
            evidence(sentence, amount));
    return new Fact(document.company(), figure.metric(), figure.period(), figure.value(), figure.unit(), figure.qualifier(), provenance);
  }

  /** Longer sentences (pasted tables, run-on lists) are cut to the text around the amount. */
  static final int EVIDENCE_LIMIT = 600;

  /**
   * The sentence as evidence, whitespace collapsed; for a sentence over EVIDENCE_LIMIT characters
   * only the part around the amount, cut at spaces and marked with "…", so that the output stays
   * proportional to the facts however long a sentence is.
   */
  static String evidence(Sentence sentence, Span amount) {
    String text = sentence.text;
    int from = 0;
    int to = text.length();
    if (to > EVIDENCE_LIMIT) {
      int start = amount.start() - sentence.span.start();
      int end = amount.end() - sentence.span.start();
      from = Math.max(0, start - EVIDENCE_LIMIT / 2);
      to = Math.min(text.length(), Math.max(end, from + EVIDENCE_LIMIT));
      while (from > 0 && from < start && !Character.isWhitespace(text.charAt(from - 1))) {
        from++;
      }
      while (to < text.length() && to > end && !Character.isWhitespace(text.charAt(to))) {
        to--;
      }
    }
    String cut = text.substring(from, to).strip().replaceAll("\\s+", " ");
    return (from > 0 ? "… " : "") + cut + (to < text.length() ? " …" : "");
  }
}
