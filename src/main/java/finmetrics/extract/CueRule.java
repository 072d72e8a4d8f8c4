package finmetrics.extract;

import finmetrics.model.Metric;
import finmetrics.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A phrase that says what an amount is: a metric ("net sales" → revenue), a generic word that
 * takes the metric named before it ("a loss of"), a compound annual growth rate, or a blocker for
 * figures that are not facts ("pre-tax profit", "earnings per share", "margin").
 *
 * @param metric the metric named, for role METRIC; for GENERIC the metric it stands for when no
 *     income metric is named before or after it ("lost $4 million" is a net loss), or null
 * @param loss whether the phrase states a loss, which makes an income figure negative
 */
record CueRule(String id, Role role, Metric metric, boolean loss, Pattern pattern, List<Example> examples, StartSet starts) {
  /** How a cue bears on the amount it labels. */
  enum Role {
    METRIC,
    GENERIC,
    CAGR,
    /** "Razorpay's growth", "its growth": a company's growth rate, taken as revenue growth, as a level. */
    GROWTH,
    BLOCK,
    /** A phrase such as "excluding non-recurring items" whose inner words label nothing. */
    SKIP
  }

  CueRule {
    examples = List.copyOf(examples);
  }

  /** A cue found in a text. */
  record Found(CueRule rule, Span span) {
    @Override
    public String toString() {
      return rule.id() + span;
    }
  }

  static CueRule metric(String id, Metric metric, String regex, Example... examples) {
    return new CueRule(id, Role.METRIC, metric, false, compile(regex), List.of(examples), StartSet.WORD_START);
  }

  /**
   * This rule, scanned only in a sentence holding one of {@code words}: lower-case literals one of
   * which every match contains (see {@link StartSet#requiring}).
   */
  CueRule requiring(String... words) {
    return new CueRule(id, role, metric, loss, pattern, examples, starts.requiring(words));
  }

  static CueRule loss(String id, Metric metric, String regex, Example... examples) {
    return new CueRule(id, Role.METRIC, metric, true, compile(regex), List.of(examples), StartSet.WORD_START);
  }

  static CueRule generic(String id, boolean loss, String regex, Example... examples) {
    return new CueRule(id, Role.GENERIC, null, loss, compile(regex), List.of(examples), StartSet.WORD_START);
  }

  static CueRule lostVerb(String id, Metric fallback, String regex, Example... examples) {
    return new CueRule(id, Role.GENERIC, fallback, true, compile(regex), List.of(examples), StartSet.WORD_START);
  }

  static CueRule of(String id, Role role, String regex, Example... examples) {
    return new CueRule(id, role, null, false, compile(regex), List.of(examples), StartSet.WORD_START);
  }

  private static Pattern compile(String regex) {
    // A footnote digit may be glued to the phrase: "Adjusted EBITDA1 was $31.2 million".
    return Pattern.compile("(?<![\\p{L}\\d])(?:" + regex + ")(?![\\p{L}])(?:\\d(?![\\d.,\\p{L}]))?(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE);
  }

  List<Found> find(CharSequence text, int offset) {
    List<Found> found = new ArrayList<>();
    // Every cue pattern begins with "(?<![\\p{L}\\d])" (see compile).
    starts.forEachMatch(pattern, text, m -> found.add(new Found(this, new Span(offset + m.start(), offset + m.end()))));
    return found;
  }
}
