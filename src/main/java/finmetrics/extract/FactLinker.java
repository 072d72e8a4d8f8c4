package finmetrics.extract;

import finmetrics.model.Metric;
import finmetrics.model.Period;
import finmetrics.model.Qualifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Turns the amounts of one sentence into figures: for each amount, its metric (from the cue
 * before it, the cue right after it, or the amount it continues or is compared with), its sign,
 * its qualifier and its period. Amounts that state no figure of the company give nothing.
 */
final class FactLinker {
  /** A linked figure, before the document gives it a company and provenance. */
  record Figure(Mention amount, Metric metric, Period period, BigDecimal value, String unit, Qualifier qualifier) {}

  /** An amount of the sentence that gave no figure, and why (for {@code explain}). */
  record Unread(Mention amount, String reason) {}

  /** The figures of a sentence, the period it is about (carried to the next sentence), and the amounts that gave none. */
  record Result(List<Figure> figures, Period period, List<Unread> unread) {}

  private FactLinker() {}

  /** As {@link #link(Sentence, Period, String, Metric)} with no metric carried from the sentence before. */
  static Result link(Sentence sentence, Period carried, String documentCurrency) {
    return link(sentence, carried, documentCurrency, null);
  }

  /**
   * Links the amounts of a sentence. {@code carried} is the period of the sentence before it in the
   * paragraph; {@code documentCurrency} the currency of the document's last figure, or "";
   * {@code carriedMetric} the one metric the sentence before stated, or null: "Revenue was $5.5
   * billion in 2019. The decrease of $360 million, or 6.1%, …" gives the rate its metric.
   */
  static Result link(Sentence sentence, Period carried, String documentCurrency, Metric carriedMetric) {
    List<Mention> transparent = sentence.amounts.stream().filter(m -> isTransparent(sentence, m)).toList();
    String view = blankTransparent(sentence, transparent);
    List<AmountSlot> slots = new ArrayList<>();
    List<Unread> unread = new ArrayList<>();
    for (Mention m : sentence.amounts) {
      if (!transparent.contains(m)) {
        slots.add(new AmountSlot(m));
      } else {
        unread.add(new Unread(m, transparentReason(sentence, m)));
      }
    }
    Set<CueRule.Found> consumed = new HashSet<>();
    for (CueRule.Found c : sentence.cues) {
      if (view.substring(sentence.local(c.span().start()), sentence.local(c.span().end())).isBlank()) {
        consumed.add(c); // inside a blanked "14% of revenue": it labels no amount
      }
    }
    String currency = sentence.amounts.stream().filter(Mention::isMoney).map(Mention::unit)
        .filter(u -> !u.isEmpty()).findFirst().orElse(documentCurrency);
    for (int i = 0; i < slots.size(); i++) {
      AmountLabeller.label(sentence, view, slots, i, consumed, carriedMetric);
      AmountSlot slot = slots.get(i);
      if (carriedMetric != null && slot.growth && slot.metric == null && !slot.blocked
          && sentence.cues.stream().noneMatch(c -> c.span().start() < slot.start())) {
        slot.metric = carriedMetric; // a rate of change with no metric named before it in its sentence
      }
      if (carriedMetric != null && slot.metric == null && !slot.blocked && slot.amount.isMoney() && i == 0
          && Phrases.REFERS_BACK_OPENING.matcher(sentence.text).lookingAt()) {
        slot.metric = carriedMetric; // "Revenue stood at Rs 858.12 crore … . It was Rs 699.53 crore a year ago."
      }
      boolean grouped = slot.amount.ruleId().equals(AmountRules.MONEY_GROUPED.id())
          && Phrases.BARE_NUMBER_END.matcher(view.substring(sentence.local(slot.end()))).find();
      boolean scaled = slot.amount.ruleId().equals(AmountRules.MONEY_SCALE_ONLY.id());
      if (slot.unit.isEmpty() && ((slot.ownCue && grouped) || (scaled && slot.metric != null))) {
        slot.unit = currency; // "revenues of 1,234,567 in 2019", "on sales up 5 pct at 1.04 bln"
      }
    }
    MetricLists.pair(sentence, view, slots, consumed);
    PeriodLinker.attachPeriods(sentence, view, slots, consumed);
    Period global = PeriodLinker.globalPeriod(sentence, view, slots);
    Period context = global.isNone() ? carried : global;
    List<Figure> figures = new ArrayList<>();
    for (int i = 0; i < slots.size(); i++) {
      AmountSlot slot = slots.get(i);
      slot.period = PeriodLinker.period(sentence, slots, i, global, context, carried);
      List<String> why = new ArrayList<>(1);
      Figure figure = figure(sentence, view, slot, why);
      if (figure == null) {
        unread.add(new Unread(slot.amount, why.isEmpty() ? "not read as a figure" : why.get(0)));
      } else {
        figures.addAll(bounds(figure));
        for (Period more : slot.listedPeriods.subList(Math.min(1, slot.listedPeriods.size()), slot.listedPeriods.size())) {
          figures.addAll(bounds(new Figure(figure.amount(), figure.metric(), more, figure.value(), figure.unit(), figure.qualifier())));
        }
      }
    }
    unread.sort(java.util.Comparator.comparingInt(u -> u.amount().span().start()));
    return new Result(figures, context, unread);
  }

  // --- transparent amounts: per-share values, currency conversions, shares of a total --------

  private static String blankTransparent(Sentence s, List<Mention> transparent) {
    StringBuilder view = new StringBuilder(s.text);
    for (Mention m : transparent) {
      int end = s.local(m.span().end());
      Matcher share = Phrases.SHARE_OF_AFTER.matcher(s.text.substring(end));
      Matcher perShare = Phrases.PER_SHARE_AFTER.matcher(s.text.substring(end));
      if (m.kind() == Mention.Kind.PERCENT && share.find()) {
        end += share.end(); // "or 14% of revenue": the metric word belongs to the ratio
      } else if (perShare.find()) {
        end += perShare.end(); // ", or $0.21 per share ,": the aside joins nothing
      }
      int start = s.local(m.span().start());
      int bracket = perShareBracketBefore(s, m);
      if (bracket >= 0) {
        // "(EPS: Rs9.42)": the whole bracket goes, so that its label names nothing after it
        start = bracket;
        int close = s.text.indexOf(')', end);
        end = close < 0 ? end : close + 1;
      }
      int index = s.amounts.indexOf(m);
      if (index > 0 && isRepeat(s, s.amounts.get(index - 1), m)) {
        // "12% ( 12 % ) increase in net revenue": the brackets go too, so the rate meets its noun
        start = s.local(s.amounts.get(index - 1).span().end());
        end = s.text.indexOf(')', end) + 1;
      }
      for (int i = start; i < end; i++) {
        view.setCharAt(i, ' ');
      }
    }
    // Full-width brackets of East Asian filings read as brackets: "¥120,711 million （11.9% increase …）".
    return view.toString().replace('（', '(').replace('）', ')');
  }

  /** Longest label of a per-share bracket before its amount: "( diluted earnings per share of ". */
  private static final int PER_SHARE_LABEL = 48;

  /** The offset in the sentence of the "(" that opens "(EPS: Rs9.42)" around {@code m}, or -1. */
  private static int perShareBracketBefore(Sentence s, Mention m) {
    int start = s.local(m.span().start());
    int from = Math.max(0, start - PER_SHARE_LABEL);
    Matcher bracket = Phrases.PER_SHARE_BRACKET_BEFORE.matcher(s.text).region(from, start);
    return bracket.find() ? bracket.start() : -1;
  }

  /** "5% ( 5 % )" of 10-K text as published: the same rate again in brackets, right after it. */
  private static boolean isRepeat(Sentence s, Mention before, Mention m) {
    return before.kind() == m.kind() && before.unit().equals(m.unit()) && before.value().compareTo(m.value()) == 0
        && OPEN_BRACKET_GAP.matcher(s.text).region(s.local(before.span().end()), s.local(m.span().start())).matches()
        && CLOSE_BRACKET_NEXT.matcher(s.text).region(s.local(m.span().end()), s.text.length()).lookingAt();
  }

  private static final java.util.regex.Pattern OPEN_BRACKET_GAP = java.util.regex.Pattern.compile("\\s*\\(\\s*");
  private static final java.util.regex.Pattern CLOSE_BRACKET_NEXT = java.util.regex.Pattern.compile("\\s*\\)");

  private static String transparentReason(Sentence s, Mention m) {
    String after = s.text.substring(s.local(m.span().end()));
    if (m.kind() == Mention.Kind.PER_SHARE || Phrases.PER_SHARE_AFTER.matcher(after).find()
        || perShareBracketBefore(s, m) >= 0) {
      return "a per-share value";
    }
    int index = s.amounts.indexOf(m);
    if (index > 0 && isRepeat(s, s.amounts.get(index - 1), m)) {
      return "the amount before it repeated in brackets";
    }
    if (m.kind() == Mention.Kind.PERCENT) {
      return "a share of a total, not a growth rate";
    }
    return "a conversion of the amount before it into another currency";
  }

  private static boolean isTransparent(Sentence s, Mention m) {
    String after = s.text.substring(s.local(m.span().end()));
    if (m.kind() == Mention.Kind.PER_SHARE || Phrases.PER_SHARE_AFTER.matcher(after).find()
        || (m.kind() == Mention.Kind.PERCENT && Phrases.SHARE_OF_AFTER.matcher(after).find())
        || (m.isMoney() && perShareBracketBefore(s, m) >= 0)) {
      return true;
    }
    int index = s.amounts.indexOf(m);
    if (index > 0 && isRepeat(s, s.amounts.get(index - 1), m)) {
      return true;
    }
    if (index == 0 || !m.isMoney()) {
      return false;
    }
    Mention before = s.amounts.get(index - 1);
    String gap = s.text.substring(s.local(before.span().end()), s.local(m.span().start()));
    // "EUR 12.0 million ( USD 15.9 m )", "410 mln euro $ 530.2 mln": a conversion of the amount before.
    return before.isMoney() && !before.unit().equals(m.unit()) && gap.matches("[\\s(\\[/–-]*");
  }

  // --- the figure  // --- the figure ---------------------------------------------------------------------------

  /** The figure an amount states, or null with the reason added to {@code why}. */
  private static Figure figure(Sentence s, String view, AmountSlot slot, List<String> why) {
    boolean earlierForecast = slot.afterForecast && slot.attached == null && slot.listedPeriods.isEmpty();
    if (slot.notStated) {
      return unread(why, "a forecast, target, estimate or explanation, not a stated figure");
    }
    if (slot.blocked) {
      return unread(why, blockReason(s, slot));
    }
    if (earlierForecast) {
      return unread(why, "compared with a forecast, and no period of its own");
    }
    if (slot.change) {
      return unread(why, "a change (an increase or decrease), not a level");
    }
    if (slot.metric == null) {
      return unread(why, "no metric named for it");
    }
    if (slot.unit.isEmpty()) {
      return unread(why, "no currency stated or carried");
    }
    String after = view.substring(s.local(slot.end()));
    if (slot.amount.isMoney() && Phrases.COMPARATIVE_AFTER.matcher(after).find()) {
      return unread(why, "a comparison base that states no figure");
    }
    Mention m = slot.amount;
    Metric metric;
    BigDecimal value = m.value();
    if (m.kind() == Mention.Kind.PERCENT) {
      if (slot.cagr) {
        metric = Metric.REVENUE_CAGR;
      } else if (slot.growth && Phrases.OTHER_BASIS_AFTER.matcher(after).find()) {
        return unread(why, "growth in constant currency or organic, not as reported");
      } else if (slot.metric == Metric.REVENUE && slot.growth && !Phrases.SHARE_OF_AFTER.matcher(after).find()
          && !Phrases.SEQUENTIAL_AFTER.matcher(after).find()) {
        metric = Metric.REVENUE_GROWTH;
        if (slot.declining && value.signum() > 0) {
          value = value.negate();
        }
      } else if (slot.growth && Phrases.SEQUENTIAL_AFTER.matcher(after).find()) {
        return unread(why, "a sequential (quarter-on-quarter) change");
      } else if (slot.growth && slot.metric != Metric.REVENUE) {
        return unread(why, "growth of " + slot.metric.id() + ": only revenue growth is in the schema");
      } else {
        return unread(why, "a percentage that is no growth rate (a margin, ratio or share)");
      }
    } else {
      if (slot.cagr || slot.metric.kind() != Metric.Kind.MONEY) {
        return unread(why, "money where a rate was named (" + (slot.cagr ? "a CAGR" : slot.metric.id()) + ")");
      }
      metric = slot.metric;
      boolean writtenNegative = Phrases.NEGATIVE_BEFORE.matcher(Phrases.before(view, s.local(slot.start()))).find();
      if ((slot.loss || writtenNegative) && AmountLabeller.INCOME.contains(metric) && value.signum() > 0) {
        value = value.negate(); // "a net loss of", "negative $3.6 million"
      }
    }
    String gapBefore = Phrases.before(view, s.local(slot.start()));
    return new Figure(m, metric, slot.period, value, slot.unit, qualifier(gapBefore));
  }

  private static Figure unread(List<String> why, String reason) {
    why.add(reason);
    return null;
  }

  /** Why a blocked amount states no figure of the company: the phrase that labelled it, or its clause. */
  private static String blockReason(Sentence s, AmountSlot slot) {
    for (CueRule.Found c : s.cues) {
      if (c.span().end() == slot.cueEnd && c.rule().role() != CueRule.Role.METRIC) {
        String phrase = s.text.substring(s.local(c.span().start()), s.local(c.span().end())).replaceAll("\\s+", " ");
        return switch (c.rule().role()) {
          case GENERIC -> "a generic '" + phrase + "' with no income metric named";
          default -> "labelled '" + phrase + "': no metric of the schema, or a part of the company";
        };
      }
    }
    return "a figure of a part of the company (segment, region, product line) or of many companies";
  }

  /**
   * A figure read from a range ("$5–7 million") as its two bounds: more than the low end, less than
   * the high end, never two exact figures. A sign given by the text ("a loss of") applies to both.
   */
  private static List<Figure> bounds(Figure figure) {
    Mention m = figure.amount();
    if (!m.isRange()) {
      return List.of(figure);
    }
    boolean negated = figure.value().compareTo(m.value()) != 0;
    BigDecimal one = negated ? m.value().negate() : m.value();
    BigDecimal other = negated ? m.high().negate() : m.high();
    return List.of(
        new Figure(m, figure.metric(), figure.period(), one.min(other), figure.unit(), Qualifier.MORE_THAN),
        new Figure(m, figure.metric(), figure.period(), one.max(other), figure.unit(), Qualifier.LESS_THAN));
  }

  private static Qualifier qualifier(String before) {
    if (Phrases.MORE_THAN.matcher(before).find()) {
      return Qualifier.MORE_THAN;
    }
    if (Phrases.LESS_THAN.matcher(before).find()) {
      return Qualifier.LESS_THAN;
    }
    if (Phrases.APPROX.matcher(before).find()) {
      return Qualifier.APPROX;
    }
    return Qualifier.EXACT;
  }
}
