package finmetrics.extract;

import finmetrics.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One sentence with everything the rules found in it: amounts, periods and cue phrases, each
 * resolved for overlaps. Offsets are document offsets; {@link #local} maps them into {@link #text}.
 */
final class Sentence {
  final Span span;
  final String text;
  final List<Mention> amounts;
  final List<PeriodMention> periods;
  final List<CueRule.Found> cues;

  Sentence(Span span, String text) {
    this(span, text, amounts(span, text));
  }

  /** Builds a sentence whose amounts are already found (see {@link #amounts}). */
  Sentence(Span span, String text, List<Mention> amounts) {
    this(span, text, amounts, CueRules.ALL);
  }

  /** As above, with the cue rules given: the registry, plus a user's own metric phrases. */
  Sentence(Span span, String text, List<Mention> amounts, List<CueRule> cueRules) {
    this.span = span;
    this.text = text;
    this.amounts = amounts;
    List<PeriodMention> allPeriods =
        resolve(find(PeriodRules.ALL, r -> r.find(text, span.start())), PeriodMention::span, PeriodRules.ALL, PeriodMention::ruleId, PeriodRule::id);
    this.periods = allPeriods.stream().filter(p -> amounts.stream().noneMatch(a -> a.span().overlaps(p.span()))).toList();
    List<CueRule.Found> allCues =
        resolve(find(cueRules, r -> r.find(text, span.start())), CueRule.Found::span, cueRules, f -> f.rule().id(), CueRule::id);
    this.cues = allCues.stream().filter(c -> amounts.stream().noneMatch(a -> a.span().overlaps(c.span()))).toList();
  }

  /** The amounts of a sentence: the cheap first pass, so sentences without any skip the rest. */
  static List<Mention> amounts(Span span, String text) {
    if (text.chars().noneMatch(c -> c >= '0' && c <= '9')) {
      return List.of(); // every amount has a digit; most sentences of a profile have none
    }
    return resolve(find(AmountRules.ALL, r -> r.find(text, span.start())), Mention::span, AmountRules.ALL, Mention::ruleId, AmountRule::id);
  }

  /** The periods of a sentence without amounts, found only when it has a four-digit number. */
  static List<PeriodMention> periodsOnly(Span span, String text) {
    if (!FOUR_DIGITS.matcher(text).find()) {
      return List.of();
    }
    return resolve(find(PeriodRules.ALL, r -> r.find(text, span.start())), PeriodMention::span, PeriodRules.ALL, PeriodMention::ruleId, PeriodRule::id);
  }

  private static final java.util.regex.Pattern FOUR_DIGITS = java.util.regex.Pattern.compile("\\d{4}");

  int local(int documentOffset) {
    return documentOffset - span.start();
  }

  /** The sentence text between two document offsets. */
  String between(int from, int to) {
    return text.substring(local(from), local(Math.max(from, to)));
  }

  private static <R, T> List<T> find(List<R> rules, Function<R, List<T>> finder) {
    List<T> all = new ArrayList<>();
    for (R rule : rules) {
      all.addAll(finder.apply(rule));
    }
    return all;
  }

  private static <R, T> List<T> resolve(List<T> found, Function<T, Span> span, List<R> rules, Function<T, String> ruleOf, Function<R, String> idOf) {
    List<String> order = rules.stream().map(idOf).toList();
    return Overlaps.resolve(found, span, t -> order.indexOf(ruleOf.apply(t)));
  }
}
