package finmetrics.extract;

import finmetrics.model.Metric;
import finmetrics.model.Period;
import finmetrics.model.Qualifier;
import finmetrics.model.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the amounts of one sentence into figures: for each amount, its metric (from the cue
 * before it, the cue right after it, or the amount it continues or is compared with), its sign,
 * its qualifier and its period. Amounts that state no figure of the company give nothing.
 */
final class FactLinker {
  private static final Set<Metric> INCOME =
      Set.of(Metric.OPERATING_INCOME, Metric.NET_INCOME, Metric.EBITDA, Metric.GROSS_PROFIT);

  /** A linked figure, before the document gives it a company and provenance. */
  record Figure(Mention amount, Metric metric, Period period, BigDecimal value, String unit, Qualifier qualifier) {}

  /** The figures of a sentence and the period it is about (carried to the next sentence). */
  record Result(List<Figure> figures, Period period) {}

  private static final Pattern OF_OR_IN_WORD = Pattern.compile("^\\s*(?:of|in)\\s+(?=\\p{L})");
  // "from the third quarter of 2008", "an increase of 40 pct on the corresponding period in 2007",
  // "compared to fiscal 2018": the period of the figure compared against, not of the one stated.
  private static final Pattern COMPARISON_BEFORE_PERIOD =
      Pattern.compile("(?i)(?:from|compared\\s+(?:to|with)|versus|vs\\.?|against|than|over|on)\\s+(?:the\\s+|a\\s+)?"
          + "(?:(?:same|corresponding|comparable)\\s+(?:period|quarter|months?)\\s+(?:of|in)\\s+(?:the\\s+)?)?$");
  // "for the same quarter of 2007": the year is stated, the part is the one of the figure before.
  private static final Pattern SAME_PERIOD_BEFORE =
      Pattern.compile("(?i)(?:same|corresponding|comparable)\\s+(?:period|quarter|months?)\\s+(?:of|in)\\s+(?:the\\s+)?(?:fiscal\\s+)?$");
  private static final Pattern FILLER_WORDS =
      Pattern.compile("(?i)\\b(?:in|for|during|the|was|were|is|are|by|from|increase|decrease|year[-\\s]on[-\\s]year"
          + "|totall?ed|totall?ing|amounted|amounting|reached|reaching|stood|came|its|their)\\b");

  private FactLinker() {}

  /** What the linker decides about one amount. */
  private static final class Slot {
    final Mention amount;
    boolean base;
    boolean blocked;
    boolean cagr;
    boolean loss;
    boolean change;
    boolean growth;
    boolean declining;
    Metric metric;
    int cueEnd = -1;
    PeriodMention attached;
    boolean yearColon;
    boolean bracketedPrior;
    boolean ownCue;
    /** Periods given by a list ("… for 2019 and 2018, respectively"); empty when none. */
    List<Period> listedPeriods = List.of();
    Period period = Period.NONE;

    String unit;

    Slot(Mention amount) {
      this.amount = amount;
      this.unit = amount.unit();
    }

    int start() {
      return amount.span().start();
    }

    int end() {
      return amount.span().end();
    }

    void inherit(Slot from) {
      metric = from.metric;
      blocked = from.blocked;
      cagr = from.cagr;
      loss = from.loss;
      cueEnd = from.cueEnd;
      growth = from.growth && amount.kind() == Mention.Kind.PERCENT;
    }
  }

  /**
   * Links the amounts of a sentence. {@code carried} is the period of the sentence before it in the
   * paragraph; {@code documentCurrency} the currency of the document's last figure, or "".
   */
  static Result link(Sentence sentence, Period carried, String documentCurrency) {
    String view = blankTransparent(sentence);
    List<Slot> slots = new ArrayList<>();
    for (Mention m : sentence.amounts) {
      if (!isTransparent(sentence, sentence.text, m)) {
        slots.add(new Slot(m));
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
      label(sentence, view, slots, i, consumed);
      Slot slot = slots.get(i);
      if (slot.unit.isEmpty() && slot.ownCue && slot.amount.ruleId().equals(AmountRules.MONEY_GROUPED.id())
          && Phrases.BARE_NUMBER_END.matcher(view.substring(sentence.local(slot.end()))).find()) {
        slot.unit = currency; // "revenues of 1,234,567 in 2019"
      }
    }
    attachPeriods(sentence, view, slots, consumed);
    Period global = globalPeriod(sentence, view, slots);
    Period context = global.isNone() ? carried : global;
    List<Figure> figures = new ArrayList<>();
    for (int i = 0; i < slots.size(); i++) {
      Slot slot = slots.get(i);
      slot.period = period(sentence, slots, i, global, context);
      Figure figure = figure(sentence, view, slot);
      if (figure != null) {
        figures.add(figure);
        for (Period more : slot.listedPeriods.subList(Math.min(1, slot.listedPeriods.size()), slot.listedPeriods.size())) {
          figures.add(new Figure(figure.amount(), figure.metric(), more, figure.value(), figure.unit(), figure.qualifier()));
        }
      }
    }
    return new Result(figures, context);
  }

  // --- transparent amounts: per-share values, currency conversions, shares of a total --------

  private static String blankTransparent(Sentence s) {
    StringBuilder view = new StringBuilder(s.text);
    for (Mention m : s.amounts) {
      if (isTransparent(s, s.text, m)) {
        int end = s.local(m.span().end());
        Matcher share = Phrases.SHARE_OF_AFTER.matcher(s.text.substring(end));
        if (m.kind() == Mention.Kind.PERCENT && share.find()) {
          end += share.end(); // "or 14% of revenue": the metric word belongs to the ratio
        }
        for (int i = s.local(m.span().start()); i < end; i++) {
          view.setCharAt(i, ' ');
        }
      }
    }
    return view.toString();
  }

  private static boolean isTransparent(Sentence s, String view, Mention m) {
    String after = view.substring(s.local(m.span().end()));
    if (Phrases.PER_SHARE_AFTER.matcher(after).find()
        || (m.kind() == Mention.Kind.PERCENT && Phrases.SHARE_OF_AFTER.matcher(after).find())) {
      return true;
    }
    int index = s.amounts.indexOf(m);
    if (index == 0 || !m.isMoney()) {
      return false;
    }
    Mention before = s.amounts.get(index - 1);
    String gap = s.text.substring(s.local(before.span().end()), s.local(m.span().start()));
    // "EUR 24.1 million ( USD 33.6 m )", "600 mln euro $ 775.5 mln": a conversion of the amount before.
    return before.isMoney() && !before.unit().equals(m.unit()) && gap.matches("[\\s(\\[/–-]*");
  }

  // --- what each amount is ----------------------------------------------------------------

  private static void label(Sentence s, String view, List<Slot> slots, int i, Set<CueRule.Found> consumed) {
    Slot slot = slots.get(i);
    int gapStart = i == 0 ? s.span.start() : slots.get(i - 1).end();
    String gapBefore = view.substring(s.local(gapStart), s.local(slot.start()));
    slot.base = i > 0 ? isComparisonBase(gapBefore) : Phrases.COMPARISON_TAIL.matcher(gapBefore).find();
    // "operating profit totalled EUR 14.6 mn ( EUR 9.2 mn )": the bracketed figure is the year before.
    slot.bracketedPrior = i > 0 && Phrases.OPEN_BRACKET_ONLY.matcher(gapBefore).matches()
        && slots.get(i - 1).amount.isMoney() && slot.amount.isMoney() && slots.get(i - 1).unit.equals(slot.unit);
    slot.base |= slot.bracketedPrior;
    slot.change = slot.amount.isMoney() && Phrases.CHANGE.matcher(stripQualifier(gapBefore)).find();

    CueRule.Found following = followingCue(s, view, slots, i);
    CueRule.Found preceding = null;
    for (CueRule.Found c : s.cues) {
      if (c.span().start() >= gapStart && c.span().end() <= slot.start() && !consumed.contains(c) && c.rule().role() != CueRule.Role.SKIP) {
        preceding = c;
      }
    }
    slot.ownCue = following != null || preceding != null;
    if (following != null) {
      consumed.add(following);
      apply(s, slot, following);
    } else if (preceding != null) {
      apply(s, slot, preceding);
    } else if (i > 0 && (slot.base || continues(s, view, slots, i, gapStart))) {
      slot.inherit(slots.get(i - 1));
      if (slot.unit.isEmpty() && slots.get(i - 1).amount.isMoney()) {
        slot.unit = slots.get(i - 1).unit;
      }
    }
    if (slot.amount.kind() == Mention.Kind.PERCENT && !slot.cagr) {
      detectGrowth(s, view, slot, gapStart, i > 0 && slot.base ? slots.get(i - 1) : null);
    }
    if (notStated(s, view, slot)) {
      slot.blocked = true;
    }
  }

  private static boolean isComparisonBase(String gap) {
    if (Phrases.YEAR_COLON_GAP.matcher(gap).find()) {
      return true;
    }
    Matcher m = Phrases.COMPARISON.matcher(gap);
    int last = -1;
    while (m.find()) {
      last = m.end();
    }
    // "from the third quarter of 2008 to EUR 130.5 mn": after "to", the amount is the new level.
    return last >= 0 && !Phrases.TO.matcher(gap.substring(last)).find();
  }

  private static String stripQualifier(String gap) {
    for (Pattern q : List.of(Phrases.MORE_THAN, Phrases.APPROX, Phrases.LESS_THAN)) {
      Matcher m = q.matcher(gap);
      if (m.find()) {
        return gap.substring(0, m.start());
      }
    }
    return gap;
  }

  private static CueRule.Found followingCue(Sentence s, String view, List<Slot> slots, int i) {
    int limit = i + 1 < slots.size() ? slots.get(i + 1).start() : s.span.end();
    for (CueRule.Found c : s.cues) {
      int start = c.span().start();
      if (start >= slots.get(i).end() && start < limit && c.rule().role() != CueRule.Role.SKIP) {
        String gap = view.substring(s.local(slots.get(i).end()), s.local(start));
        return Phrases.FOLLOWING_CUE_GAP.matcher(gap).matches() ? c : null;
      }
    }
    return null;
  }

  private static void apply(Sentence s, Slot slot, CueRule.Found cue) {
    slot.cueEnd = cue.span().end();
    CueRule rule = cue.rule();
    switch (rule.role()) {
      case METRIC:
        slot.metric = rule.metric();
        slot.loss = rule.loss();
        break;
      case CAGR:
        slot.cagr = true;
        slot.metric = Metric.REVENUE;
        break;
      case GENERIC:
        slot.loss = rule.loss();
        CueRule specific = null;
        for (CueRule.Found c : s.cues) {
          if (c.span().start() < cue.span().start()
              && (c.rule().role() == CueRule.Role.METRIC || c.rule().role() == CueRule.Role.BLOCK)) {
            specific = c.rule();
          }
        }
        // "a loss of", "the profit amounted to": only an income figure named before gives the metric.
        if (specific == null || specific.role() == CueRule.Role.BLOCK || !INCOME.contains(specific.metric())) {
          slot.blocked = true;
        } else {
          slot.metric = specific.metric();
        }
        break;
      default:
        slot.blocked = true;
    }
  }

  /** Whether amount i continues the one before it: only joining words, periods and growth words between. */
  private static boolean continues(Sentence s, String view, List<Slot> slots, int i, int gapStart) {
    String gap = stripQualifier(withoutPeriods(s, view, gapStart, slots.get(i).start()));
    if (Phrases.REFERS_BACK.matcher(gap).find()) {
      return true; // "…, while in the comparison period it was EUR 1.4 mn"
    }
    gap = Phrases.GROWTH_UP.matcher(gap).replaceAll(" ");
    gap = Phrases.GROWTH_DOWN.matcher(gap).replaceAll(" ");
    gap = FILLER_WORDS.matcher(gap).replaceAll(" ");
    return Phrases.CONNECTOR_ONLY.matcher(gap).matches() && !labelledByOtherNoun(s, view, slots.get(i - 1));
  }

  /** "$38.2 million of non-cash charges": the amount is labelled by a noun that is no metric. */
  private static boolean labelledByOtherNoun(Sentence s, String view, Slot slot) {
    Matcher m = OF_OR_IN_WORD.matcher(view.substring(s.local(slot.end())));
    if (!m.find()) {
      return false;
    }
    int at = slot.end() + m.end();
    return s.periods.stream().noneMatch(p -> p.span().start() <= at + 4 && p.span().end() > at)
        && s.cues.stream().noneMatch(c -> c.span().start() == at);
  }

  private static String withoutPeriods(Sentence s, String view, int from, int to) {
    StringBuilder gap = new StringBuilder(view.substring(s.local(from), s.local(to)));
    for (PeriodMention p : s.periods) {
      for (int k = Math.max(from, p.span().start()); k < Math.min(to, p.span().end()); k++) {
        gap.setCharAt(k - from, ' ');
      }
    }
    return gap.toString();
  }

  private static void detectGrowth(Sentence s, String view, Slot slot, int gapStart, Slot comparedWith) {
    int from = slot.cueEnd >= s.span.start() && slot.cueEnd <= slot.start() ? slot.cueEnd : gapStart;
    String before = view.substring(s.local(from), s.local(slot.start()));
    int up = lastMatch(Phrases.GROWTH_UP, before);
    int down = lastMatch(Phrases.GROWTH_DOWN, before);
    if (up >= 0 || down >= 0) {
      slot.growth = true;
      slot.declining = down > up;
      return;
    }
    Matcher after = Phrases.GROWTH_AFTER.matcher(view.substring(s.local(slot.end())));
    if (after.find()) {
      slot.growth = true;
      slot.declining = after.group("word").matches("(?i)decline|decrease|drop|fall|lower|down|less");
      return;
    }
    // "X increased its sales by 27 %": the verb stands before the metric phrase.
    if (from > gapStart) {
      String clause = view.substring(s.local(gapStart), s.local(from));
      int upBefore = lastMatch(Phrases.GROWTH_UP, clause);
      int downBefore = lastMatch(Phrases.GROWTH_DOWN, clause);
      if (upBefore >= 0 || downBefore >= 0) {
        slot.growth = true;
        slot.declining = downBefore > upBefore;
        return;
      }
    }
    if (comparedWith != null && comparedWith.growth) {
      slot.growth = true; // "grew 19% in FY 2019, compared to 4.4% in the prior year"
    }
  }

  private static int lastMatch(Pattern p, String text) {
    Matcher m = p.matcher(text);
    int last = -1;
    while (m.find()) {
      last = m.start();
    }
    return last;
  }

  /** Forecasts, aims, effects and explanations state no figure: look at the clause before the amount. */
  private static boolean notStated(Sentence s, String view, Slot slot) {
    String before = view.substring(0, s.local(slot.start()));
    Matcher clause = Phrases.CLAUSE_START.matcher(before);
    int start = 0;
    while (clause.find()) {
      start = clause.end();
    }
    return Phrases.NOT_STATED_CLAUSE.matcher(before.substring(start)).find()
        || Phrases.NOT_STATED_AFTER.matcher(view.substring(s.local(slot.end()))).find();
  }

  // --- periods ----------------------------------------------------------------------------

  private static void attachPeriods(Sentence s, String view, List<Slot> slots, Set<CueRule.Found> consumed) {
    if (attachRespectively(s, view, slots)) {
      return;
    }
    Set<PeriodMention> used = new HashSet<>();
    for (int i = 0; i < slots.size(); i++) {
      Slot slot = slots.get(i);
      if (slot.bracketedPrior) {
        continue; // its period is the year before the figure it follows
      }
      // "EUR 11.5 mn ( EUR 9.8 mn ) in the second quarter": the period reaches past the bracket.
      int next = i + 1 < slots.size() && slots.get(i + 1).bracketedPrior ? i + 2 : i + 1;
      int limit = next < slots.size() ? slots.get(next).start() : s.span.end();
      for (PeriodMention p : s.periods) {
        if (p.span().start() < slot.end() || p.span().start() >= limit || used.contains(p) || !attachable(p)
            || (!slot.base && COMPARISON_BEFORE_PERIOD.matcher(view.substring(0, s.local(p.span().start()))).find())
            || (p.kind() == PeriodMention.Kind.RELATIVE && !slot.base && isGrowthDescriptor(s, p)) || isYearColon(s, view, p)) {
          continue;
        }
        String gap = view.substring(s.local(slot.end()), s.local(p.span().start()));
        if (gap.isBlank() || (words(gap) <= 8 && !Phrases.ATTACH_STOP.matcher(gap).find() && !hasFreeCue(s, slot.end(), p.span().start(), consumed))) {
          slot.attached = p;
          used.add(p);
        }
        break;
      }
    }
    // "(2018: $6.6 million)": the year in brackets belongs to the amount after it, a prior-year figure.
    for (PeriodMention p : s.periods) {
      if (used.contains(p) || p.kind() != PeriodMention.Kind.ABSOLUTE) {
        continue;
      }
      if (isYearColon(s, view, p)) {
        for (Slot slot : slots) {
          if (slot.start() >= p.span().end() && slot.attached == null) {
            slot.attached = p;
            slot.yearColon = true;
            slot.base = true;
            used.add(p);
            break;
          }
        }
      }
    }
  }

  /** "$1.2 billion and $1.1 billion for 2019 and 2018, respectively": amounts and periods pair in order. */
  private static boolean attachRespectively(Sentence s, String view, List<Slot> slots) {
    boolean respectively = Phrases.RESPECTIVELY.matcher(view).find();
    boolean forEach = Phrases.FOR_EACH_OF.matcher(view).find();
    if ((!respectively || slots.size() < 2) && !(forEach && slots.size() == 1)) {
      return false;
    }
    List<PeriodMention> periods =
        s.periods.stream().filter(p -> p.kind() == PeriodMention.Kind.ABSOLUTE && !p.period().isRange()).toList();
    if (periods.size() < 2) {
      return false;
    }
    // "the three months ended March 31, 2021 and 2020": the later years share the first one's part.
    List<Period> listed = new ArrayList<>();
    for (PeriodMention p : periods) {
      Period period = p.period();
      String part = periods.get(0).period().part();
      listed.add(period.part().isEmpty() && !part.isEmpty() ? Period.partOf(period.firstYear(), part) : period);
    }
    if (forEach && slots.size() == 1) {
      slots.get(0).listedPeriods = listed; // "$1.1 million for each of the years ended … 2020 and 2019"
      return true;
    }
    int first = periods.get(0).span().start();
    int last = periods.get(periods.size() - 1).span().end();
    // The amounts all before the periods ("$X and $Y for 2019 and 2018") or all after them.
    List<Slot> before = slots.stream().filter(slot -> slot.end() <= first).toList();
    List<Slot> after = slots.stream().filter(slot -> slot.start() >= last).toList();
    List<Slot> paired = before.size() == periods.size() ? before : after.size() == periods.size() ? after : null;
    if (paired == null) {
      return false;
    }
    for (int i = 0; i < paired.size(); i++) {
      paired.get(i).listedPeriods = List.of(listed.get(i));
      paired.get(i).base = false;
    }
    return true;
  }

  private static boolean isYearColon(Sentence s, String view, PeriodMention p) {
    return Phrases.YEAR_COLON_BEFORE.matcher(view.substring(0, s.local(p.span().start()))).find()
        && Phrases.YEAR_COLON_AFTER.matcher(view.substring(s.local(p.span().end()))).find();
  }

  /** "year-on-year" says how a change is measured; only a compared amount takes it as its period. */
  private static boolean isGrowthDescriptor(Sentence s, PeriodMention p) {
    return Phrases.YEAR_ON_YEAR.matcher(s.between(p.span().start(), p.span().end())).matches();
  }

  private static boolean attachable(PeriodMention p) {
    return (p.kind() == PeriodMention.Kind.ABSOLUTE && !p.period().isRange()) || p.kind() == PeriodMention.Kind.RELATIVE;
  }

  private static boolean hasFreeCue(Sentence s, int from, int to, Set<CueRule.Found> consumed) {
    return s.cues.stream()
        .anyMatch(c -> c.span().start() >= from && c.span().end() <= to && !consumed.contains(c) && c.rule().role() != CueRule.Role.SKIP);
  }

  private static int words(String text) {
    String t = text.trim();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  /** The period the sentence is about: its first stated period that is not a comparison's. */
  private static Period globalPeriod(Sentence s, String view, List<Slot> slots) {
    for (PeriodMention p : s.periods) {
      if (p.kind() != PeriodMention.Kind.ABSOLUTE || p.period().isRange()) {
        continue;
      }
      boolean ofBase = slots.stream().anyMatch(slot -> slot.attached == p && slot.base);
      String before = view.substring(0, s.local(p.span().start()));
      boolean afterComparison = COMPARISON_BEFORE_PERIOD.matcher(before).find();
      if (!ofBase && !afterComparison) {
        return p.period();
      }
    }
    return Period.NONE;
  }

  private static Period period(Sentence s, List<Slot> slots, int i, Period global, Period context) {
    Slot slot = slots.get(i);
    if (slot.cagr) {
      return cagrPeriod(s, slot, context);
    }
    if (!slot.listedPeriods.isEmpty()) {
      return slot.listedPeriods.get(0);
    }
    Period anchor = anchor(slots, i, context);
    if (slot.attached != null) {
      if (slot.attached.kind() == PeriodMention.Kind.RELATIVE) {
        return yearBefore(anchor);
      }
      Period own = slot.attached.period();
      boolean samePeriod = SAME_PERIOD_BEFORE.matcher(s.text.substring(0, s.local(slot.attached.span().start()))).find();
      if ((slot.base || samePeriod) && own.part().isEmpty() && !anchor.part().isEmpty() && own.firstYear() != 0) {
        return Period.partOf(own.firstYear(), anchor.part());
      }
      return own;
    }
    if (slot.bracketedPrior) {
      return yearBefore(anchor);
    }
    if (slot.base) {
      for (int k = i - 1; k >= 0; k--) {
        if (slots.get(k).base && slots.get(k).attached != null && slots.get(k).attached.kind() == PeriodMention.Kind.ABSOLUTE) {
          return slots.get(k).period;
        }
      }
      return Period.NONE;
    }
    if (slot.amount.kind() == Mention.Kind.PERCENT) {
      for (int k = i - 1; k >= 0; k--) {
        Slot other = slots.get(k);
        if (!other.base && other.amount.isMoney() && other.metric == Metric.REVENUE) {
          return other.period;
        }
      }
    }
    return context;
  }

  private static Period anchor(List<Slot> slots, int i, Period context) {
    for (int k = i - 1; k >= 0; k--) {
      if (!slots.get(k).base) {
        return slots.get(k).period;
      }
    }
    return context;
  }

  private static Period yearBefore(Period anchor) {
    if (anchor.firstYear() == 0 || anchor.isRange()) {
      return anchor.part().isEmpty() ? Period.NONE : new Period(0, 0, anchor.part());
    }
    return new Period(anchor.firstYear() - 1, anchor.lastYear() - 1, anchor.part());
  }

  private static Period cagrPeriod(Sentence s, Slot slot, Period context) {
    for (PeriodMention p : s.periods) {
      if (p.kind() == PeriodMention.Kind.ABSOLUTE && p.period().isRange()) {
        return p.period();
      }
    }
    int endYear = context.firstYear() != 0 ? context.lastYear() : 0;
    for (PeriodMention p : s.periods) {
      if (p.kind() == PeriodMention.Kind.LAST_YEARS && endYear != 0) {
        return Period.range(endYear - p.years(), endYear);
      }
    }
    return context;
  }

  // --- the figure ---------------------------------------------------------------------------

  private static Figure figure(Sentence s, String view, Slot slot) {
    if (slot.blocked || slot.metric == null || slot.change || slot.unit.isEmpty()) {
      return null;
    }
    String after = view.substring(s.local(slot.end()));
    if (Phrases.COMPARATIVE_AFTER.matcher(after).find()) {
      return null;
    }
    Mention m = slot.amount;
    Metric metric;
    BigDecimal value = m.value();
    if (m.kind() == Mention.Kind.PERCENT) {
      if (slot.cagr) {
        metric = Metric.REVENUE_CAGR;
      } else if (slot.metric == Metric.REVENUE && slot.growth && !Phrases.SHARE_OF_AFTER.matcher(after).find()) {
        metric = Metric.REVENUE_GROWTH;
        if (slot.declining && value.signum() > 0) {
          value = value.negate();
        }
      } else {
        return null;
      }
    } else {
      if (slot.cagr || slot.metric.kind() != Metric.Kind.MONEY) {
        return null;
      }
      metric = slot.metric;
      boolean writtenNegative = Phrases.NEGATIVE_BEFORE.matcher(view.substring(0, s.local(slot.start()))).find();
      if ((slot.loss || writtenNegative) && INCOME.contains(metric) && value.signum() > 0) {
        value = value.negate(); // "a net loss of", "negative $3.6 million"
      }
    }
    String gapBefore = view.substring(0, s.local(slot.start()));
    return new Figure(m, metric, slot.period, value, slot.unit, qualifier(gapBefore));
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

  static Span span(Figure f) {
    return f.amount().span();
  }
}
