package finmetrics.extract;

import finmetrics.model.Metric;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what each amount of a sentence is: its metric (from the cue before it, the cue right
 * after it, or the amount it continues or is compared with), whether it is a comparison base, a
 * change, a growth rate, a loss, or no figure of the company at all.
 */
final class AmountLabeller {
  /** What money can be spent on ("spent $64.2 million on sales and marketing"). */
  private static final Set<Metric> COST_LINES =
      Set.of(Metric.COST_OF_REVENUE, Metric.OPERATING_EXPENSES, Metric.TOTAL_COSTS, Metric.SALES_MARKETING,
          Metric.GENERAL_ADMINISTRATIVE, Metric.RESEARCH_DEVELOPMENT);

  /** The metrics a loss makes negative; a generic "profit" or "loss" takes only one of these. */
  static final Set<Metric> INCOME =
      Set.of(Metric.OPERATING_INCOME, Metric.NET_INCOME, Metric.EBITDA, Metric.GROSS_PROFIT);
  private static final Pattern OF_OR_IN_WORD = Pattern.compile("^\\s*(?:of|in)\\s+(?=\\p{L})");
  private static final Pattern FILLER_WORDS =
      Pattern.compile("(?i)\\b(?:in|for|during|the|was|were|is|are|by|from|increase|decrease|year[-\\s]on[-\\s]year|[yq]/[yq]|yoy|qoq|this\\s+(?:fiscal\\s+)?year"
          + "|totall?ed|totall?ing|amounted|amounting|reach|reached|reaching|stood|came|its|their|sequentially"
          // what is left of a compared period's phrase: "from $3,005.5 million for the same period in 2007, a decrease of …"
          + "|same|corresponding|comparable"
          // How a growth rate was measured, between it and the level it led to: "rose 21% on an
          // annual basis to …", "grew 6% annually to …", "up 0.7% on year … to …".
          + "|annually|on\\s+(?:an?\\s+)?(?:annual|yearly|year-on-year|sequential)\\s+basis|on[-\\s](?:the\\s+)?year"
          // What a new level is called: "to a fourth-quarter record $1.6 billion", "to a new high of …".
          + "|record|all-time|new\\s+high\\s+of|new"
          // The period of the figure just named: "revenues of NT$289.8 billion for the period, which rose 4.4%".
          + "|period|quarter)\\b");

  private static final Pattern GROWTH_NOUN_IN = Pattern.compile(
      "(?i)^\\s*(?:(?:was|is)\\s+)?(?:(?:the|a|an)\\s+)?(?:rise|increase|growth|gain|jump|decline|decrease|drop|fall)\\s+in\\s+(?:(?:its|the|their)\\s+)?"
          // the period of the figure may stand before its metric: "growth in Q2FY21 revenues", "a rise in 2021 sales"
          + "(?:(?:(?:Q[1-4]|[1-4]Q|H[12]|[12]H)\\s?(?:FY\\s?)?\\d{2,4}|(?:FY\\s?)?(?:19|20)\\d{2}|(?:first|second|third|fourth)[-\\s]quarter|full-year|first-half|half-year|quarterly|annual)\\s+)?");
  /** ", or" right before a rate: "The $96.2 million, or 19.6%, increase …". */
  private static final Pattern OR_ASIDE_OPEN = Pattern.compile("(?i),\\s*or\\s*$");
  private static final Pattern GROWTH_NOUN_DOWN = Pattern.compile("(?i)\\b(?:decline|decrease|drop|fall)\\b");
  /** Right before a compared growth rate, with no verb of its own: "down from", "against", "versus". */
  private static final Pattern GROWTH_BASE_TAIL = Pattern.compile(
      "(?i)(?:(?:up|down|higher|lower)\\s+)?(?:from|versus|vs\\.?|against|" + Phrases.COMPARED_TO + ")\\s+(?:(?:a|an|the)\\s+)?$");
  private static final Pattern LABEL_COLON = Pattern.compile("[ \\t]*:");
  private static final Pattern CUE_THEN_AMOUNT = Pattern.compile("(?i)^[ \\t]*(?::|was|were|of|at)?[ \\t]*$");
  private static final Pattern BY_ONLY = Pattern.compile("(?i)^\\s*by\\s*$");
  private static final Pattern OF_WHICH = Pattern.compile("(?i)\\bof\\s+which\\b");

  private AmountLabeller() {}

  /** Labels amount i of the sentence; the amounts before it are labelled already. */
  static void label(Sentence s, String view, List<AmountSlot> slots, int i, Set<CueRule.Found> consumed, Metric carriedMetric) {
    AmountSlot slot = slots.get(i);
    int gapStart = i == 0 ? s.span.start() : slots.get(i - 1).end();
    String gapBefore = view.substring(s.local(gapStart), s.local(slot.start()));
    String comparedGap = withoutCuesAndComparedPeriods(s, view, gapStart, slot.start());
    slot.base = i > 0
        ? Phrases.YEAR_COLON_GAP.matcher(gapBefore).find() || isPeriodColon(s, view, gapStart, slot.start()) || isComparisonBase(comparedGap)
        : Phrases.COMPARISON_TAIL.matcher(gapBefore).find();
    // "operating profit totalled EUR 14.6 mn ( EUR 9.2 mn )": the bracketed figure is the year before.
    slot.bracketedPrior = i > 0 && Phrases.OPEN_BRACKET_ONLY.matcher(gapBefore).matches()
        && slots.get(i - 1).amount.isMoney() && slot.amount.isMoney() && slots.get(i - 1).unit.equals(slot.unit);
    slot.base |= slot.bracketedPrior;
    slot.change = slot.amount.isMoney() && Phrases.CHANGE.matcher(stripQualifier(gapBefore)).find();
    // "rose 8.1%, or $50.3 million, to …": the amount restates the growth rate as money.
    slot.change |= slot.amount.isMoney() && i > 0 && slots.get(i - 1).growth && Phrases.OR_ONLY.matcher(gapBefore).matches();
    slot.change |= slot.amount.isMoney() && Phrases.CHANGE_AFTER.matcher(view).region(s.local(slot.end()), view.length()).lookingAt();

    CueRule.Found growthOf = slot.amount.kind() == Mention.Kind.PERCENT ? growthNounCue(s, view, slot) : null;
    CueRule.Found following = growthOf == null ? followingCue(s, view, slots, i, consumed) : null;
    CueRule.Found preceding = null;
    boolean partOfALine = false; // "Shipping costs are included in cost of revenue and were $4.2 million"
    for (CueRule.Found c : s.cues) {
      if (c.span().start() >= gapStart && c.span().end() <= slot.start() && !consumed.contains(c) && c.rule().role() != CueRule.Role.SKIP) {
        if (!INCLUDED_IN_TAIL.matcher(Phrases.before(view, s.local(c.span().start()))).find()) {
          preceding = c;
        } else if (s.cues.stream().noneMatch(k -> k.span().end() <= c.span().start() && k.rule().role() == CueRule.Role.METRIC)) {
          partOfALine = true;
        }
      }
    }
    slot.ownCue = following != null || preceding != null || growthOf != null;
    if (growthOf != null) {
      apply(s, slot, growthOf, carriedMetric); // "a 9 pct rise in turnover": the cue still labels what follows
      slot.growth = true;
      // "a 9 pct fall in turnover" or "a 9% sales decline": the noun before or right after the cue
      Matcher nounAfter = GROWTH_NOUN_AFTER_CUE.matcher(view.substring(s.local(growthOf.span().end())));
      slot.declining = GROWTH_NOUN_DOWN.matcher(view.substring(s.local(slot.end()), s.local(growthOf.span().start()))).find()
          || (nounAfter.find() && GROWTH_NOUN_DOWN.matcher(nounAfter.group()).find());
    } else if (following != null) {
      consumed.add(following);
      apply(s, slot, following, carriedMetric);
      // "lost EUR 3.3 mn at the operating level": the verb before still says it is a loss.
      slot.loss |= preceding != null && preceding.rule().role() == CueRule.Role.GENERIC && preceding.rule().loss();
    } else if (preceding != null) {
      apply(s, slot, preceding, carriedMetric);
      slot.loss |= lossRightBefore(s, view, preceding); // "Losses at the operating level widened to …"
    } else if (i > 0 && (slot.base || continues(s, view, slots, i, gapStart))) {
      slot.inherit(comparedFigure(slots, i));
      // "compared with $982.6 million and $65.0 million": the second is compared too.
      slot.base |= slots.get(i - 1).base && !slots.get(i - 1).bracketedPrior && slot.amount.isMoney()
          && Phrases.AMOUNTS_JOINED.matcher(gapBefore).matches();
      if (slot.unit.isEmpty() && slots.get(i - 1).amount.isMoney()) {
        slot.unit = slots.get(i - 1).unit;
      }
    }
    CueRule.Found labelledBy = growthOf != null ? growthOf : following != null ? following : preceding;
    boolean growthNamed = labelledBy != null && labelledBy.rule().role() == CueRule.Role.GROWTH;
    if (slot.amount.kind() == Mention.Kind.PERCENT && !slot.cagr && growthOf == null && !growthNamed) {
      labelGrowth(s, view, slots, i, gapStart);
    }
    slot.blocked |= partOfALine && preceding == null && following == null && growthOf == null;
    slot.blocked |= isPartAfterOfWhich(s, view, slot);
    markWhatIsNotStated(s, view, slot);
  }

  /**
   * The figure amount i continues or is compared with: the one before it, except that a money
   * figure compared after a rate of no named metric is compared with the money figure before the
   * rate ("a net profit of RM1.46 million …, down 93.84% from RM23.70 million").
   */
  private static AmountSlot comparedFigure(List<AmountSlot> slots, int i) {
    AmountSlot before = slots.get(i - 1);
    AmountSlot slot = slots.get(i);
    if (slot.base && slot.amount.isMoney() && !before.amount.isMoney() && before.metric == null) {
      for (int k = i - 2; k >= 0; k--) {
        if (slots.get(k).amount.isMoney()) {
          return slots.get(k);
        }
      }
    }
    return before;
  }

  /** Whether a percentage is a growth rate, and of which direction. */
  private static void labelGrowth(Sentence s, String view, List<AmountSlot> slots, int i, int gapStart) {
    AmountSlot slot = slots.get(i);
    detectGrowth(s, view, slot, gapStart, slot.base ? previousPercent(slots, i) : null);
    // "grew by $20M or 12%": the rate restates a change, and takes the change's direction.
    if (!slot.growth && i > 0 && slots.get(i - 1).change && Phrases.OR_ONLY.matcher(
        view.substring(s.local(slots.get(i - 1).end()), s.local(slot.start()))).matches()) {
      int clauseStart = i > 1 ? slots.get(i - 2).end() : s.span.start();
      String clause = view.substring(s.local(clauseStart), s.local(slots.get(i - 1).start()));
      int up = lastMatch(Phrases.GROWTH_UP, clause);
      int down = lastMatch(Phrases.GROWTH_DOWN, clause);
      slot.growth = up >= 0 || down >= 0;
      slot.declining = down > up;
    }
    // A cue read after the amount ("40 percent of tyre sales") leaves no gap before it.
    int gapFrom = Math.min(Math.max(gapStart, slot.cueEnd), slot.start());
    if (!slot.growth && BY_ONLY.matcher(view.substring(s.local(gapFrom), s.local(slot.start()))).matches()) {
      // "EBITDA fell by 7 % to EUR 101.5 mn , net sales by 3 % …": the verb is left out.
      for (int k = i - 1; k >= 0; k--) {
        if (slots.get(k).growth) {
          slot.growth = true;
          slot.declining = slots.get(k).declining;
          break;
        }
      }
    }
  }

  /** Forecasts are not stated figures; figures of a part of the company are not the company's. */
  private static void markWhatIsNotStated(Sentence s, String view, AmountSlot slot) {
    String clause = clauseBefore(view, s.local(slot.start()));
    slot.notStated |= Phrases.FORECAST_CLAUSE.matcher(clause).find()
        || Phrases.NOT_STATED_AFTER.matcher(view.substring(s.local(slot.end()))).find()
        || Phrases.FORECAST_LABEL.matcher(view).lookingAt();
    slot.blocked |= Phrases.NOT_COMPANY_CLAUSE.matcher(clause).find() || Phrases.REGION_OPENING.matcher(s.text).find();
  }

  /**
   * The gap with cue phrases blanked ("income from operations" compares nothing) and with every
   * comparison that introduces a period rather than an amount ("up 3.1% from 2018 ,") removed.
   */
  private static String withoutCuesAndComparedPeriods(Sentence s, String view, int from, int to) {
    StringBuilder gap = periodsMarked(s, view, from, to);
    for (CueRule.Found c : s.cues) {
      for (int k = Math.max(from, c.span().start()); k < Math.min(to, c.span().end()); k++) {
        gap.setCharAt(k - from, ' ');
      }
    }
    return Phrases.COMPARED_PERIOD.matcher(gap).replaceAll(" ");
  }

  /** "(first half of 2018: RMB3,757.3 million)", "(Six months ended 30 June 2018: …)": any period as a bracket's label. */
  private static final Pattern PERIOD_COLON_GAP = Pattern.compile("\\(\\s*§[§\\s]*:\\s*$");

  private static boolean isPeriodColon(Sentence s, String view, int from, int to) {
    StringBuilder gap = periodsMarked(s, view, from, to);
    return PERIOD_COLON_GAP.matcher(gap).find();
  }

  private static boolean isComparisonBase(String gap) {
    Matcher m = Phrases.COMPARISON.matcher(gap);
    int last = -1;
    while (m.find()) {
      last = m.end();
    }
    // "down 12 % from the second quarter of 2009 to EUR 44.0 mn": after "to", the amount is the new level.
    return last >= 0 && !Phrases.TO.matcher(gap.substring(last)).find();
  }

  static String stripQualifier(String gap) {
    for (Pattern q : List.of(Phrases.MORE_THAN, Phrases.APPROX, Phrases.LESS_THAN)) {
      Matcher m = q.matcher(gap);
      if (m.find()) {
        return gap.substring(0, m.start());
      }
    }
    return gap;
  }

  /** "12% revenue growth", "a 9% sales decline": a metric and a growth noun right after the rate. */
  private static final Pattern GROWTH_NOUN_AFTER_CUE =
      Pattern.compile("(?i)^\\s*(?:growth|increase|rise|gain|jump|decline|decrease|drop|fall)(?![\\p{L}])");

  /**
   * "a 9 pct rise in turnover", "12.6 % was the growth in net sales", "12% revenue growth": the cue
   * that a growth noun ties to the rate.
   */
  private static CueRule.Found growthNounCue(Sentence s, String view, AmountSlot slot) {
    // "The $96.2 million, or 19.6%, increase in net sales": the comma closes the aside.
    int after = s.local(slot.end());
    if (OR_ASIDE_OPEN.matcher(Phrases.before(view, s.local(slot.start()))).find() && after < view.length() && view.charAt(after) == ',') {
      after++;
    }
    Matcher m = GROWTH_NOUN_IN.matcher(view.substring(after));
    if (!m.find()) {
      for (CueRule.Found c : s.cues) {
        if (c.span().start() >= slot.end() && c.rule().role() == CueRule.Role.METRIC
            && view.substring(s.local(slot.end()), s.local(c.span().start())).isBlank()) {
          Matcher noun = GROWTH_NOUN_AFTER_CUE.matcher(view.substring(s.local(c.span().end())));
          if (!noun.find()) {
            return null;
          }
          int nounEnd = c.span().end() + noun.end();
          // "41% revenue growth CAGR": a compound rate, which this reading must not take
          boolean compound = s.cues.stream().anyMatch(k -> k.rule().role() == CueRule.Role.CAGR
              && k.span().start() >= nounEnd && view.substring(s.local(nounEnd), s.local(k.span().start())).isBlank());
          return compound ? null : c;
        }
      }
      return null;
    }
    int at = s.span.start() + after + m.end();
    return s.cues.stream()
        .filter(c -> c.span().start() == at && c.rule().role() != CueRule.Role.SKIP)
        .findFirst().orElse(null);
  }

  private static CueRule.Found followingCue(Sentence s, String view, List<AmountSlot> slots, int i, Set<CueRule.Found> consumed) {
    int limit = i + 1 < slots.size() ? slots.get(i + 1).start() : s.span.end();
    for (CueRule.Found c : s.cues) {
      int start = c.span().start();
      // A consumed cue (inside a blanked per-share aside or share of revenue) labels nothing.
      if (start >= slots.get(i).end() && start < limit && c.rule().role() != CueRule.Role.SKIP && !consumed.contains(c)) {
        String gap = view.substring(s.local(slots.get(i).end()), s.local(start));
        // "€89.5 million\nNet profit: €41.3 million": a cue with a colon labels what follows it.
        if (LABEL_COLON.matcher(view).region(s.local(c.span().end()), view.length()).lookingAt()) {
          return null;
        }
        // "Operating revenues NOK 6,146 million Earnings before tax NOK 336 million": a cue straight
        // before the next amount is that amount's label, not this one's.
        boolean labelsNext = i + 1 < slots.size()
            && CUE_THEN_AMOUNT.matcher(view.substring(s.local(c.span().end()), s.local(slots.get(i + 1).start()))).matches();
        // "Dh1.21 billion first quarter net profit": a period between the figure and its cue is the
        // figure's (on one line: "£205M\nFirst Half Revenue £1.73B" is a list of lines).
        if (!labelsNext && (Phrases.FOLLOWING_CUE_GAP.matcher(gap).matches()
            || (gap.indexOf('\n') < 0 && Phrases.FOLLOWING_CUE_GAP.matcher(
                periodsMarked(s, view, slots.get(i).end(), start).toString().replace("§", "")).matches()))) {
          return c;
        }
        // "EUR 7.3 mn was the operating profit …", "EUR 2.4 mn : that is the net loss …"
        boolean opensSentence = i == 0 && view.substring(0, s.local(slots.get(i).start())).isBlank();
        if (opensSentence && Phrases.FIGURE_FIRST_GAP.matcher(gap).matches()) {
          return c;
        }
        // "spent $64.2 million on sales and marketing": "on" names what money was spent on.
        boolean costLine = c.rule().role() == CueRule.Role.METRIC && COST_LINES.contains(c.rule().metric());
        return costLine && Phrases.SPENT_ON_GAP.matcher(gap).matches() ? c : null;
      }
    }
    return null;
  }

  private static void apply(Sentence s, AmountSlot slot, CueRule.Found cue, Metric carriedMetric) {
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
      case GROWTH:
        // A growth rate named as such is a level, whichever way it moved: "growth slumped to 8.4%".
        slot.metric = Metric.REVENUE;
        slot.growth = slot.amount.kind() == Mention.Kind.PERCENT;
        slot.declining = false;
        slot.blocked = !slot.growth;
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
        if (specific == null) {
          // "After a loss of EUR 3.4 mn in 2008 , it returned to an operating profit …": named after.
          specific = s.cues.stream()
              .filter(c -> c.span().start() > cue.span().end() && c.rule().role() == CueRule.Role.METRIC)
              .map(CueRule.Found::rule).findFirst().orElse(null);
        }
        // "a loss of", "the profit amounted to": only an income figure named before gives the metric.
        if (specific == null && rule.metric() != null) {
          slot.metric = rule.metric(); // "it lost $14 million": a net loss
        } else if (specific == null && carriedMetric != null && INCOME.contains(carriedMetric) && Phrases.REFERS_BACK_OPENING.matcher(s.text).lookingAt()) {
          slot.metric = carriedMetric; // "Net profit was … . This is compared to profits of EGP 28.27 million …"
        } else if (specific == null || specific.role() == CueRule.Role.BLOCK || !INCOME.contains(specific.metric())) {
          slot.blocked = true;
        } else {
          slot.metric = specific.metric();
        }
        break;
      default:
        slot.blocked = true;
    }
  }

  /** The nearest percentage before amount i, or null: what a compared percentage is compared with. */
  private static AmountSlot previousPercent(List<AmountSlot> slots, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (slots.get(k).amount.kind() == Mention.Kind.PERCENT) {
        return slots.get(k);
      }
    }
    return null;
  }

  /**
   * "R&D expenses are included in “Selling, general and administrative” expenses and amounted to
   * ¥111 billion": the line the figure is included in is not what the figure is.
   */
  private static final Pattern INCLUDED_IN_TAIL = Pattern.compile(
      "(?i)\\b(?:included|recorded|reported|classified|presented|reflected)\\s+(?:\\p{L}+\\s+)?(?:in|within|under|as\\s+part\\s+of)\\s+(?:the\\s+)?[\"“‘']?\\s*$");

  /**
   * "…, of which NT$2,256 million, NT$1,698 million and NT$820 million … were related to write-downs":
   * amounts after "of which" are parts of the figure before, unless a metric of their own follows it.
   */
  private static boolean isPartAfterOfWhich(Sentence s, String view, AmountSlot slot) {
    Matcher m = OF_WHICH.matcher(view).region(0, s.local(slot.start()));
    int last = -1;
    while (m.find()) {
      last = m.end();
    }
    if (last < 0) {
      return false;
    }
    int from = s.span.start() + last;
    return s.cues.stream().noneMatch(c -> c.span().start() >= from && c.span().end() <= slot.start() && c.rule().role() == CueRule.Role.METRIC);
  }

  /** Whether a generic loss word stands right before a metric cue: "Losses at the operating level". */
  private static boolean lossRightBefore(Sentence s, String view, CueRule.Found cue) {
    for (CueRule.Found c : s.cues) {
      if (c.rule().role() == CueRule.Role.GENERIC && c.rule().loss() && c.span().end() <= cue.span().start()
          && view.substring(s.local(c.span().end()), s.local(cue.span().start())).isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** Whether amount i continues the one before it: only joining words, periods and growth words between. */
  private static boolean continues(Sentence s, String view, List<AmountSlot> slots, int i, int gapStart) {
    // "climbed 73.1 percent compared with the same period last year, reaching 1.27 billion yuan":
    // a compared period compares no amount.
    // "9.36 billion yuan in revenue, up 48.69 percent": for a rate, the cue that labels the figure
    // before it from behind is part of that figure ("$20.4 million of net income and $38.2 million
    // of non-cash charges" are two figures).
    AmountSlot previous = slots.get(i - 1);
    boolean rate = slots.get(i).amount.kind() == Mention.Kind.PERCENT;
    int from = rate && previous.cueEnd > gapStart && previous.cueEnd <= slots.get(i).start() ? previous.cueEnd : gapStart;
    String gap = stripQualifier(withoutComparedPeriods(s, view, from, slots.get(i).start()));
    if (OF_WHICH.matcher(gap).find()) {
      return false; // "$74.3 million, of which $41.0 million related to personnel": a part, not the same figure
    }
    if (Phrases.REFERS_BACK.matcher(gap).find()) {
      return true; // "…, while in the comparison period it was EUR 1.4 mn"
    }
    gap = Phrases.GROWTH_UP.matcher(gap).replaceAll(" ");
    gap = Phrases.GROWTH_DOWN.matcher(gap).replaceAll(" ");
    gap = FILLER_WORDS.matcher(gap).replaceAll(" ");
    return Phrases.CONNECTOR_ONLY.matcher(gap).matches() && !labelledByOtherNoun(s, view, slots.get(i - 1));
  }

  /** "$38.2 million of non-cash charges": the amount is labelled by a noun that is no metric. */
  private static boolean labelledByOtherNoun(Sentence s, String view, AmountSlot slot) {
    Matcher m = OF_OR_IN_WORD.matcher(view.substring(s.local(slot.end())));
    if (!m.find()) {
      return false;
    }
    int at = slot.end() + m.end();
    return s.periods.stream().noneMatch(p -> p.span().start() <= at + 4 && p.span().end() > at)
        && s.cues.stream().noneMatch(c -> c.span().start() == at);
  }

  /** The text between two offsets with every period inside it written over with '§'. */
  static StringBuilder periodsMarked(Sentence s, String view, int from, int to) {
    StringBuilder gap = new StringBuilder(view.substring(s.local(from), s.local(to)));
    for (PeriodMention p : s.periods) {
      if (p.span().start() >= from && p.span().end() <= to) {
        for (int k = p.span().start(); k < p.span().end(); k++) {
          gap.setCharAt(k - from, '§');
        }
      }
    }
    return gap;
  }

  /** The gap with periods blanked, and any comparison word that introduces one ("compared with 2018") removed. */
  private static String withoutComparedPeriods(Sentence s, String view, int from, int to) {
    StringBuilder gap = periodsMarked(s, view, from, to);
    return Phrases.COMPARED_PERIOD.matcher(gap).replaceAll(" ").replace('§', ' ');
  }

  private static void detectGrowth(Sentence s, String view, AmountSlot slot, int gapStart, AmountSlot comparedWith) {
    if (slot.base && comparedWith != null && comparedWith.growth
        && GROWTH_BASE_TAIL.matcher(Phrases.before(view, s.local(slot.start()))).find()) {
      // "grew 66% …, down from 251% the year before": the earlier growth rate, as a level.
      slot.growth = true;
      slot.declining = false;
      return;
    }
    if (view.charAt(s.local(slot.start())) == '+') {
      slot.growth = true; // "£188.6m; +9% on H1 2017": a signed rate is a change
      slot.declining = false;
      return;
    }
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
      slot.declining = after.group("word").matches("(?i)decline|decrease|drop|fall|lower|down|less|behind|below");
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
      slot.growth = true; // "rose 11% in fiscal 2021, against 7% a year before"
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
  /** The text from the start of the amount's clause (after the last comma, semicolon or dash) to it. */
  private static String clauseBefore(String view, int end) {
    // Scans back from the amount, so a long sentence costs the length of the clause only; the
    // boundaries are a comma, semicolon or colon not followed by a digit, and a spaced dash.
    for (int i = end - 1; i >= 0; i--) {
      char c = view.charAt(i);
      if ((c == ',' || c == ';' || c == ':') && (i + 1 >= end || !Character.isDigit(view.charAt(i + 1)))) {
        return view.substring(i + 1, end);
      }
      if ((c == '-' || c == '\u2013' || c == '\u2014') && i > 0 && i + 1 < end
          && Character.isWhitespace(view.charAt(i - 1)) && Character.isWhitespace(view.charAt(i + 1))) {
        return view.substring(i + 2, end);
      }
    }
    return view.substring(0, end);
  }

}
