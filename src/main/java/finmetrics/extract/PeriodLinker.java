package finmetrics.extract;

import finmetrics.model.Metric;
import finmetrics.model.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives each amount of a sentence its period: a period right after the amount belongs to it, a
 * compared amount takes a period relative to the current one, listed amounts pair with listed
 * years, and the rest take the sentence's period or the one carried from the sentence before.
 */
final class PeriodLinker {
  // "for the same quarter of 2007": the year is stated, the part is the one of the figure before.
  private static final Pattern SAME_PERIOD_BEFORE =
      Pattern.compile("(?i)(?:same|corresponding|comparable)\\s+(?:period|quarter|half|months?)\\s+(?:of|in)\\s+(?:the\\s+)?(?:fiscal\\s+)?$");

  // ("three- and six-month periods": the hyphen of a shared "month")
  private static final Pattern PERIOD_JOINER = Pattern.compile("(?i)^-?\\s*(?:months?\\s+)?(?:,\\s*)?(?:and\\s+)?(?:the\\s+)?(?:(?:fiscal|FY)\\s?)?$");

  // Between "fiscal 2018" and "$94.4 million" in "fiscal 2018 sales of $94.4 million".
  private static final Pattern YEAR_METRIC_OF =
      Pattern.compile("(?i)^\\s*(?:'s\\s+)?(?:[\\p{L}&-]+\\s+){1,4}(?:of|was|were|totall?ed|amounted\\s+to|reached)\\s*$");

  /**
   * "up 127% on 2011's £65.7m profit", "from last year's $11.33 million", "Previous year's figure of
   * EUR 1,181.5 million", "from 2011 level of N62.502billion": a period in the possessive (or naming
   * its level) right before the amount dates it.
   */
  private static final Pattern POSSESSIVE_GAP = Pattern.compile(
      "(?i)^(?:['’]s\\s*(?:(?:" + Phrases.LEVEL_NOUN + ")\\s+(?:of|at|was|stood\\s+at)\\s*)?|\\s*(?:" + Phrases.LEVEL_NOUN + ")\\s+(?:of|at)\\s*)$");

  /** "compared to the first semester of 2021 of IDR 300.49 billion": a compared period, then its figure. */
  private static final Pattern COMPARED_PERIOD_THEN_FIGURE = Pattern.compile("(?i)^\\s*,?\\s*(?:of|at|with|when\\s+it\\s+(?:was|stood\\s+at)|which\\s+was)\\s*$");

  private static final Pattern CLOSES_AMOUNT = Pattern.compile("(?i)^\\s*(?:in|for|during|of)?\\s*$");

  // "$316 million over the same period last year", "13.8 billion over the same period in 2024": a
  // compared amount's own period after one word.
  private static final Pattern LONE_PREPOSITION = Pattern.compile(
      "(?i)^\\s*(?:over|in|for|during|of)(?:\\s+the\\s+(?:same|corresponding|comparable)\\s+(?:period|quarter|half|months?)\\s+(?:of|in)(?:\\s+the)?)?\\s*$");
  /** "a drop from the Dh353 million from a year ago": a compared figure dated by a relative period after "from". */
  private static final Pattern YEAR_ON_YEAR_FROM = Pattern.compile(
      "(?i)(?<![\\p{L}])(?:(?:annual|yearly|year[-\\s]on[-\\s]year|year[-\\s]over[-\\s]year|y-o-y|yoy)\\s+(?:drop|decline|decrease|fall|dip|slide|rise|increase|gain|growth|jump|hike|surge|climb|improvement)\\s+from"
          // "higher year-on-year (YoY) than EGP 3.92 billion"
          + "|(?:higher|lower|up|down)\\s+(?:year[-\\s]on[-\\s]year|year[-\\s]over[-\\s]year|y-o-y|yoy)(?:\\s*\\(\\s*yoy\\s*\\))?\\s*,?\\s+(?:than|from))\\s+(?:the\\s+)?$");
  private static final Pattern LONE_FROM = Pattern.compile("(?i)^\\s*from\\s*$");

  // "US$41 million in the third quarter of 2018 and US$40 million …": the list of compared figures goes on.
  private static final Pattern LIST_GOES_ON = Pattern.compile("(?i)^\\s*,?\\s*(?:and|or)\\s*$");

  // "$37.0 million, or 15% of revenues, $41.3 million": the share of revenue between two listed
  // figures (the share itself may be blanked in the sentence's view: it labels no amount).
  private static final Pattern SHARE_ASIDE_JOINED = Pattern.compile(
      "(?i)^\\s*,\\s*or\\s+(?:[\\d.]+\\s?(?:%|" + Lexicon.PERCENT_WORD + ")\\s+)?(?:of\\s+(?:(?:total|net|our|its)\\s+)?(?:revenues?|sales|turnover)\\s*)?(?:,\\s*(?:and\\s+)?|and\\s+)$");

  // "$21.8 million and $144.4 million, respectively, compared to …": the run of figures closes here.
  private static final Pattern RESPECTIVELY_NEXT = Pattern.compile("(?i)\\s*,?\\s*respectively\\b");

  // "$121.5 million, or 6.8 percent in net sales in fiscal year 2017": the ratio is an aside.
  private static final Pattern OR_ASIDE = Pattern.compile("(?i)^\\s*,\\s*or\\s*$");

  // "(2005 £7,883,000)": a period opening a bracket, straight before the amount it dates.
  private static final Pattern BEFORE_BRACKETED_AMOUNT = Pattern.compile("^[\\s:–-]*$");

  private PeriodLinker() {}

  static void attachPeriods(Sentence s, String view, List<AmountSlot> slots, Set<CueRule.Found> consumed) {
    attachLists(s, view, slots);
    attachComparingLeadIn(s, view, slots);
    Set<PeriodMention> used = new HashSet<>();
    attachYearColons(s, view, slots, used);
    // "below the prior year result of $48.6 million": a relative period just before the amount.
    for (int i = 0; i < slots.size(); i++) {
      AmountSlot slot = slots.get(i);
      int from = i == 0 ? s.span.start() : slots.get(i - 1).end();
      if (slot.bracketedPrior) {
        continue;
      }
      for (PeriodMention p : s.periods) {
        if (p.kind() != PeriodMention.Kind.RELATIVE || used.contains(p) || p.span().start() < from) {
          continue;
        }
        // "from EUR 6.6 million a year earlier , while revenue grew": it closes the amount before.
        boolean closesPrevious = i > 0 && CLOSES_AMOUNT.matcher(view.substring(s.local(from), s.local(p.span().start()))).matches();
        if (!closesPrevious && p.span().end() <= slot.start() && !isGrowthDescriptor(s, p)
            && Phrases.wordCount(view.substring(s.local(p.span().end()), s.local(slot.start()))) <= 4
            && s.periods.stream().noneMatch(q -> q.kind() == PeriodMention.Kind.ABSOLUTE
                && q.span().start() >= p.span().end() && q.span().end() <= slot.start())) {
          slot.attached = p;
          used.add(p);
        }
      }
    }
    for (int i = 0; i < slots.size(); i++) {
      AmountSlot slot = slots.get(i);
      boolean fromBracket = slot.attached != null && slot.attached.kind() == PeriodMention.Kind.ABSOLUTE;
      if (slot.bracketedPrior) {
        attachInsideBracket(s, view, slot, used); // "( EUR 19.8 mn in the corresponding period in 2006 )"
        continue;
      }
      if (!slot.listedPeriods.isEmpty() || fromBracket) {
        continue; // a period from a list; "(2018: $X)"
      }
      // "EUR 11.5 mn ( EUR 9.8 mn ) in the second quarter": the period reaches past the bracket,
      // but not into it.
      boolean bracketNext = i + 1 < slots.size() && slots.get(i + 1).bracketedPrior;
      int next = bracketNext ? i + 2 : i + 1;
      int bracketClose = bracketNext ? closingBracket(s, view, slots.get(i + 1)) : -1;
      // "compared with $982.6 million and $65.0 million for 2018": the period closes the whole run.
      while (slot.base && next < slots.size() && slots.get(next).base
          && Phrases.AMOUNTS_JOINED.matcher(view.substring(s.local(slots.get(next - 1).end()), s.local(slots.get(next).start()))).matches()) {
        next++;
      }
      while (slot.amount.isMoney() && next < slots.size() && slots.get(next).amount.kind() == Mention.Kind.PERCENT
          && OR_ASIDE.matcher(view.substring(s.local(slots.get(next - 1).end()), s.local(slots.get(next).start()))).matches()) {
        next++;
      }
      int limit = next < slots.size() ? slots.get(next).start() : s.span.end();
      for (PeriodMention p : s.periods) {
        if (p.span().start() < slot.end() || p.span().start() >= limit || used.contains(p) || !attachable(p)
            || (bracketNext && p.span().start() < bracketClose)
            || (!slot.base && Phrases.COMPARISON_BEFORE_PERIOD.matcher(Phrases.before(view, s.local(p.span().start()))).find())
            || (p.kind() == PeriodMention.Kind.RELATIVE && !slot.base && isGrowthDescriptor(s, p)) || isYearColon(s, view, p)) {
          continue;
        }
        String gap = view.substring(s.local(slot.end()), s.local(p.span().start()));
        boolean ownAfterPreposition = slot.base && (LONE_PREPOSITION.matcher(gap).matches()
            || (p.kind() == PeriodMention.Kind.RELATIVE && LONE_FROM.matcher(gap).matches()));
        // "the P1.9 billion net loss it recorded in the same period in 2022": the words of the cue
        // that labels the figure from behind are part of the figure.
        int wordsFrom = slot.cueEnd > slot.end() && slot.cueEnd <= p.span().start() ? slot.cueEnd : slot.end();
        if (gap.isBlank() || ownAfterPreposition
            || (Phrases.wordCount(view.substring(s.local(wordsFrom), s.local(p.span().start()))) <= 8
                && !Phrases.ATTACH_STOP.matcher(gap).find() && !hasFreeCue(s, slot.end(), p.span().start(), consumed))) {
          slot.attached = p;
          used.add(p);
        }
        break;
      }
    }
    // "a decline of 6.2% from fiscal 2018 sales of $94.4 million": the year names the metric's figure.
    for (int i = 0; i < slots.size(); i++) {
      AmountSlot slot = slots.get(i);
      if (slot.attached != null || !slot.listedPeriods.isEmpty()) {
        continue;
      }
      for (PeriodMention p : s.periods) {
        if (p.kind() == PeriodMention.Kind.RELATIVE && !used.contains(p) && p.span().end() <= slot.start()
            && POSSESSIVE_GAP.matcher(view.substring(s.local(p.span().end()), s.local(slot.start()))).matches()) {
          slot.attached = p;
          used.add(p);
          continue;
        }
        if (p.kind() == PeriodMention.Kind.ABSOLUTE && !p.period().isRange() && !used.contains(p)
            && p.span().end() <= slot.start()
            && (POSSESSIVE_GAP.matcher(view.substring(s.local(p.span().end()), s.local(slot.start()))).matches()
                || (COMPARED_PERIOD_THEN_FIGURE.matcher(view.substring(s.local(p.span().end()), s.local(slot.start()))).matches()
                    && Phrases.COMPARISON_BEFORE_PERIOD.matcher(Phrases.before(view, s.local(p.span().start()))).find())
                || (YEAR_METRIC_OF.matcher(view.substring(s.local(p.span().end()), s.local(slot.start()))).matches()
                    && s.cues.stream().anyMatch(c -> c.span().start() > p.span().end() && c.span().end() <= slot.start())))) {
          slot.attached = p;
          used.add(p);
        }
      }
    }
  }

  /** The offset of the ")" that closes the bracket a bracketed prior-year figure stands in. */
  private static int closingBracket(Sentence s, String view, AmountSlot bracketed) {
    int close = view.indexOf(')', s.local(bracketed.end()));
    return close < 0 ? bracketed.end() : s.span.start() + close;
  }

  private static void attachInsideBracket(Sentence s, String view, AmountSlot slot, Set<PeriodMention> used) {
    int close = closingBracket(s, view, slot);
    for (PeriodMention p : s.periods) {
      if (p.span().start() >= slot.end() && p.span().end() <= close && attachable(p) && !used.contains(p)) {
        slot.attached = p;
        used.add(p);
        return;
      }
    }
  }

  /** "(2018: $6.6 million)": the year in brackets belongs to the amounts in them, prior-year figures. */
  private static void attachYearColons(Sentence s, String view, List<AmountSlot> slots, Set<PeriodMention> used) {
    for (PeriodMention p : s.periods) {
      if (used.contains(p) || p.kind() != PeriodMention.Kind.ABSOLUTE) {
        continue;
      }
      if (isYearColon(s, view, p)) {
        int close = view.indexOf(')', s.local(p.span().end()));
        int bracketEnd = close < 0 ? s.span.end() : s.span.start() + close;
        for (PeriodMention q : s.periods) {
          if (q.span().start() > p.span().end() && q.span().start() < bracketEnd && isYearColon(s, view, q)) {
            bracketEnd = q.span().start(); // the next label of the same bracket starts its own figures
            break;
          }
        }
        for (AmountSlot slot : slots) {
          // "(FY18: $451.7 million and $88.5 million)": every amount in the bracket is of that year.
          if (slot.start() >= p.span().end() && slot.end() <= bracketEnd && slot.attached == null) {
            slot.attached = p;
            slot.base = true;
            used.add(p);
          }
        }
      }
    }
  }

  /**
   * "$1.2 billion and $1.1 billion for 2019 and 2018, respectively": listed amounts and listed
   * periods pair in order; "$1.1 million for each of the years … 2020 and 2019" repeats one amount.
   */
  /** "Comparing the nine months ended June 30, 2018, to the nine months ended June 30, 2019, …": two periods (marked §) opening a sentence. */
  private static final Pattern COMPARING_LEAD_IN =
      Pattern.compile("(?i)^\\s*(?:in\\s+)?(?:comparing|a\\s+comparison\\s+of)\\s+(?:the\\s+)?§+\\s*,?\\s*(?:to|with|and)\\s+(?:the\\s+)?§+\\s*,");
  private static final Pattern FROM_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])from\\s*$");
  private static final Pattern TO_BETWEEN = Pattern.compile("(?i)^\\s*to\\s*$");

  /**
   * After a lead-in comparing two periods, "from $22.6 million to $20.0 million" goes from the
   * earlier period's figure to the later one's, whichever order the lead-in names them in.
   */
  private static void attachComparingLeadIn(Sentence s, String view, List<AmountSlot> slots) {
    if (slots.isEmpty()) {
      return;
    }
    List<PeriodMention> lead = s.periods.stream()
        .filter(p -> p.span().end() <= slots.get(0).start() && p.kind() == PeriodMention.Kind.ABSOLUTE && !p.period().isRange()).toList();
    if (lead.size() != 2 || lead.get(0).period().equals(lead.get(1).period())
        || !COMPARING_LEAD_IN.matcher(AmountLabeller.periodsMarked(s, view, s.span.start(), slots.get(0).start())).find()) {
      return;
    }
    Period earlier = lead.get(0).period().compareTo(lead.get(1).period()) < 0 ? lead.get(0).period() : lead.get(1).period();
    Period later = earlier == lead.get(0).period() ? lead.get(1).period() : lead.get(0).period();
    for (int i = 0; i + 1 < slots.size(); i++) {
      AmountSlot from = slots.get(i);
      AmountSlot to = slots.get(i + 1);
      int gapStart = i == 0 ? s.span.start() : slots.get(i - 1).end();
      if (from.amount.isMoney() && to.amount.isMoney() && from.listedPeriods.isEmpty() && to.listedPeriods.isEmpty()
          && FROM_BEFORE.matcher(view.substring(s.local(gapStart), s.local(from.start()))).find()
          && TO_BETWEEN.matcher(view.substring(s.local(from.end()), s.local(to.start()))).matches()) {
        from.listedPeriods = List.of(earlier);
        to.listedPeriods = List.of(later);
      }
    }
  }

  private static void attachLists(Sentence s, String view, List<AmountSlot> slots) {
    boolean respectively = Phrases.RESPECTIVELY.matcher(view).find();
    boolean forEach = Phrases.FOR_EACH_OF.matcher(view).find();
    List<PeriodMention> periods = listedPeriods(s, view);
    if (periods.size() < 2 || slots.isEmpty()) {
      return;
    }
    // "the three months ended March 31, 2021 and 2020": a bare year later in the list shares the
    // first one's part ("fiscal 2019" or "full year 2022" is a whole year); "the fourth quarter and
    // full year 2022": a part without a year takes the year written after it.
    List<Period> listed = new ArrayList<>();
    String part = periods.get(0).period().part();
    for (PeriodMention p : periods) {
      Period period = p.period();
      boolean bareYear = p.ruleId().equals(PeriodRules.YEAR_RULE.id());
      listed.add(bareYear && period.part().isEmpty() && !part.isEmpty() ? Period.partOf(period.firstYear(), part) : period);
    }
    for (int k = listed.size() - 2; k >= 0; k--) {
      Period next = listed.get(k + 1);
      if (listed.get(k).firstYear() == 0 && !listed.get(k).part().isEmpty() && next.firstYear() != 0 && !next.isRange()) {
        listed.set(k, Period.partOf(next.firstYear(), listed.get(k).part()));
      }
    }
    if (forEach && slots.size() == 1) {
      slots.get(0).listedPeriods = listed;
      return;
    }
    int first = periods.get(0).span().start();
    int last = periods.get(periods.size() - 1).span().end();
    // The amounts joined by "and" right before the periods ("$X and $Y for 2019 and 2018"), or,
    // with "respectively", all the amounts after them.
    List<AmountSlot> before = runBefore(s, view, slots, first, periods.size());
    List<AmountSlot> after = slots.stream().filter(slot -> slot.start() >= last).toList();
    // "the three and six months ended May 31, 2021 amounted to $X and $Y": parts ending on one date
    // are listed in order, "respectively" or not.
    boolean partsOfOneDate = periods.get(0).ruleId().equals(PeriodRules.QUARTER_BESIDE_MONTHS.id());
    List<AmountSlot> paired = before != null ? before : respectively && after.size() == periods.size() ? after
        : respectively ? runRespectively(s, view, after, periods.size())
        : partsOfOneDate ? joinedRun(s, view, after, periods.size()) : null;
    if (paired == null) {
      return;
    }
    for (int i = 0; i < paired.size(); i++) {
      paired.get(i).listedPeriods = List.of(listed.get(i));
      paired.get(i).base = false;
    }
    // "…, compared to $57.8 million and $167.2 million for the corresponding periods in 2021": the
    // same parts of that year, one per amount.
    for (PeriodMention p : s.periods) {
      if (p.ruleId().equals(PeriodRules.CORRESPONDING_PERIODS.id()) && p.span().start() >= last) {
        List<AmountSlot> compared = runBefore(s, view, slots, p.span().start(), listed.size());
        if (compared != null && compared.stream().noneMatch(paired::contains)) {
          for (int i = 0; i < compared.size(); i++) {
            Period own = listed.get(i);
            compared.get(i).listedPeriods = List.of(own.part().isEmpty() ? p.period() : Period.partOf(p.period().firstYear(), own.part()));
          }
        }
      }
    }
  }

  /** The periods of a list such as "2019 and 2018" or "fiscal 2019, 2018 and 2017"; empty if none. */
  private static List<PeriodMention> listedPeriods(Sentence s, String view) {
    List<PeriodMention> absolute =
        s.periods.stream().filter(p -> p.kind() == PeriodMention.Kind.ABSOLUTE && !p.period().isRange()).toList();
    for (int a = 0; a < absolute.size(); a++) {
      int b = a;
      while (b + 1 < absolute.size()
          && PERIOD_JOINER.matcher(view.substring(s.local(absolute.get(b).span().end()), s.local(absolute.get(b + 1).span().start()))).matches()) {
        b++;
      }
      if (b > a) {
        return absolute.subList(a, b + 1);
      }
    }
    return List.of();
  }

  /**
   * "… for the three months and year ended December 31, 2020 were $21.8 million and $144.4 million,
   * respectively, compared to …": the first k amounts after the periods, joined and closed by
   * "respectively", or null.
   */
  private static List<AmountSlot> runRespectively(Sentence s, String view, List<AmountSlot> after, int k) {
    List<AmountSlot> run = joinedRun(s, view, after, k);
    return run != null && RESPECTIVELY_NEXT.matcher(view.substring(s.local(run.get(k - 1).end()))).lookingAt() ? run : null;
  }

  /** The first k amounts of {@code after} when they are joined by "and" or commas, or null. */
  private static List<AmountSlot> joinedRun(Sentence s, String view, List<AmountSlot> after, int k) {
    if (after.size() < k) {
      return null;
    }
    List<AmountSlot> run = after.subList(0, k);
    for (int i = 0; i + 1 < k; i++) {
      if (!Phrases.AMOUNTS_JOINED.matcher(view.substring(s.local(run.get(i).end()), s.local(run.get(i + 1).start()))).matches()) {
        return null;
      }
    }
    return run;
  }

  /** The k amounts joined by "and" that end shortly before {@code periodStart}, or null. */
  private static List<AmountSlot> runBefore(Sentence s, String view, List<AmountSlot> slots, int periodStart, int k) {
    List<AmountSlot> before = new ArrayList<>();
    for (int i = 0; i < slots.size() && slots.get(i).end() <= periodStart; i++) {
      // "$37.0 million, or 15% of revenues, $41.3 million, …": a rate in an aside is not on the list
      boolean aside = i > 0 && slots.get(i).amount.kind() == Mention.Kind.PERCENT && slots.get(i - 1).amount.isMoney()
          && OR_ASIDE.matcher(view.substring(s.local(slots.get(i - 1).end()), s.local(slots.get(i).start()))).matches();
      if (!aside) {
        before.add(slots.get(i));
      }
    }
    if (before.size() < k) {
      return null;
    }
    List<AmountSlot> run = before.subList(before.size() - k, before.size());
    for (int i = 0; i + 1 < run.size(); i++) {
      String gap = view.substring(s.local(run.get(i).end()), s.local(run.get(i + 1).start()));
      if (!Phrases.AMOUNTS_JOINED.matcher(gap).matches() && !SHARE_ASIDE_JOINED.matcher(gap).matches()) {
        return null;
      }
    }
    String gap = view.substring(s.local(run.get(k - 1).end()), s.local(periodStart));
    return Phrases.wordCount(gap) <= 8 && !Phrases.ATTACH_STOP.matcher(gap).find() ? run : null;
  }

  /** "(2018: …)", "(H1 2015: £144 million)", "(2005 £7,883,000)": a period heading a bracket of prior figures. */
  private static boolean isYearColon(Sentence s, String view, PeriodMention p) {
    if (!Phrases.YEAR_COLON_BEFORE.matcher(Phrases.before(view, s.local(p.span().start()))).find()) {
      return false;
    }
    if (Phrases.YEAR_COLON_AFTER.matcher(view.substring(s.local(p.span().end()))).find()) {
      return true;
    }
    for (Mention a : s.amounts) {
      if (a.span().start() >= p.span().end()) {
        return a.isMoney() && BEFORE_BRACKETED_AMOUNT.matcher(view.substring(s.local(p.span().end()), s.local(a.span().start()))).matches();
      }
    }
    return false;
  }

  /** "year-on-year" says how a change is measured; only a compared amount takes it as its period. */
  private static boolean isGrowthDescriptor(Sentence s, PeriodMention p) {
    return Phrases.YEAR_ON_YEAR.matcher(s.between(p.span().start(), p.span().end())).matches();
  }

  private static boolean attachable(PeriodMention p) {
    return (p.kind() == PeriodMention.Kind.ABSOLUTE && !p.period().isRange()) || p.kind() == PeriodMention.Kind.RELATIVE
        || p.kind() == PeriodMention.Kind.FULL_YEAR;
  }

  private static boolean hasFreeCue(Sentence s, int from, int to, Set<CueRule.Found> consumed) {
    return s.cues.stream()
        .anyMatch(c -> c.span().start() >= from && c.span().end() <= to && !consumed.contains(c) && c.rule().role() != CueRule.Role.SKIP);
  }


  /**
   * The period the sentence is about: its first stated period that is not a comparison's. A part
   * of the year stated without its year takes the year of the next such period that names the
   * same part or none ("Third-quarter revenue rose in 2019", "a half year result for the 6 months
   * to 31 December 2011").
   */
  static Period globalPeriod(Sentence s, String view, List<AmountSlot> slots) {
    List<Period> stated = new ArrayList<>();
    for (PeriodMention p : s.periods) {
      if (p.kind() != PeriodMention.Kind.ABSOLUTE || p.period().isRange()) {
        continue;
      }
      boolean ofBase = false;
      for (int i = 0; i < slots.size(); i++) {
        ofBase |= slots.get(i).attached == p && (slots.get(i).base || continuesComparedList(s, view, slots, i));
      }
      String before = Phrases.before(view, s.local(p.span().start()));
      boolean afterComparison = Phrases.COMPARISON_BEFORE_PERIOD.matcher(before).find();
      if (!ofBase && !afterComparison && !isYearColon(s, view, p)) {
        stated.add(p.period());
      }
    }
    return firstStated(stated);
  }

  /**
   * The first of a text's stated periods (in order), NONE if there is none; a part of the year
   * stated without its year takes the year of the next period that names the same part or none
   * ("Half-year report for the six months ended 30 June 2019" is 2019-H1).
   */
  static Period firstStated(List<Period> stated) {
    if (stated.isEmpty()) {
      return Period.NONE;
    }
    Period first = stated.get(0);
    if (first.firstYear() != 0 || first.part().isEmpty()) {
      return first;
    }
    for (Period later : stated.subList(1, stated.size())) {
      if (later.firstYear() != 0) {
        return later.part().isEmpty() || later.part().equals(first.part()) ? Period.partOf(later.firstYear(), first.part()) : first;
      }
    }
    return first;
  }

  /**
   * "compared with US$41 million in the third quarter of 2018 and US$40 million in the second
   * quarter of 2019": amount i goes on a list of compared figures, each with its own period.
   */
  private static boolean continuesComparedList(Sentence s, String view, List<AmountSlot> slots, int i) {
    if (i == 0 || !slots.get(i - 1).base || slots.get(i - 1).attached == null) {
      return false;
    }
    PeriodMention previous = slots.get(i - 1).attached;
    return previous.span().start() >= slots.get(i - 1).end() && previous.span().end() <= slots.get(i).start()
        && LIST_GOES_ON.matcher(view.substring(s.local(previous.span().end()), s.local(slots.get(i).start()))).matches();
  }

  static Period period(Sentence s, List<AmountSlot> slots, int i, Period global, Period context, Period carried) {
    AmountSlot slot = slots.get(i);
    if (slot.cagr) {
      return cagrPeriod(s, slot, context);
    }
    if (!slot.listedPeriods.isEmpty()) {
      return slot.listedPeriods.get(0);
    }
    Period anchor = anchor(slots, i, context);
    if (slot.attached != null) {
      if (slot.attached.kind() == PeriodMention.Kind.RELATIVE) {
        // "the fourth quarter a year ago" names its own part of the year before.
        String part = slot.attached.period().part();
        Period before = yearBefore(anchor);
        return part.isEmpty() ? before : before.firstYear() == 0 || before.isRange() ? new Period(0, 0, part) : Period.partOf(before.firstYear(), part);
      }
      if (slot.attached.kind() == PeriodMention.Kind.FULL_YEAR) {
        return anchor.firstYear() == 0 || anchor.isRange() ? Period.NONE : Period.year(anchor.firstYear());
      }
      Period own = slot.attached.period();
      boolean samePeriod = SAME_PERIOD_BEFORE.matcher(Phrases.before(s.text, s.local(slot.attached.span().start()))).find();
      // "for the same period of 2007" after a first-quarter figure in the sentence before is 2007-Q1.
      String part = !anchor.part().isEmpty() ? anchor.part() : samePeriod ? carried.part() : "";
      // "for the first half of the year … from X in 2007 to Y in 2008": a part stated without its
      // year is the part of every year the sentence gives its figures.
      boolean partWithoutYear = !part.isEmpty() && s.periods.stream().anyMatch(q -> q.kind() == PeriodMention.Kind.ABSOLUTE
          && q.period().firstYear() == 0 && q.period().part().equals(part));
      if ((slot.base || samePeriod || partWithoutYear) && own.part().isEmpty() && !part.isEmpty() && own.firstYear() != 0) {
        return Period.partOf(own.firstYear(), part);
      }
      return own;
    }
    if (slot.bracketedPrior) {
      return yearBefore(anchor);
    }
    // "an annual drop from EGP 499.90 million", "a 12% year-on-year rise from $5 million": the
    // compared figure is the year before's.
    if (slot.base && YEAR_ON_YEAR_FROM.matcher(Phrases.before(s.text, s.local(slot.start()))).find()) {
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
      // The growth of the latest revenue figure before it ("$1,032.4 million and $968.7 million in
      // 2019 and 2018, respectively, an increase of 6.6%" is growth in 2019).
      Period latest = null;
      for (int k = i - 1; k >= 0; k--) {
        AmountSlot other = slots.get(k);
        if (!other.base && other.amount.isMoney() && other.metric == Metric.REVENUE
            && (latest == null || other.period.compareTo(latest) > 0)) {
          latest = other.period;
        }
      }
      if (latest != null) {
        return latest;
      }
    }
    return context;
  }

  private static Period anchor(List<AmountSlot> slots, int i, Period context) {
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

  private static Period cagrPeriod(Sentence s, AmountSlot slot, Period context) {
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
    // "grew to $2.6 billion in 2019 from $2.2 billion in 2017, a compound annual growth rate of
    // 8.7%": the rate spans the earliest to the latest year stated.
    int first = Integer.MAX_VALUE;
    int last = 0;
    for (PeriodMention p : s.periods) {
      if (p.kind() == PeriodMention.Kind.ABSOLUTE && p.period().isFullYear()) {
        first = Math.min(first, p.period().firstYear());
        last = Math.max(last, p.period().firstYear());
      }
    }
    return last > first ? Period.range(first, last) : context;
  }
}
