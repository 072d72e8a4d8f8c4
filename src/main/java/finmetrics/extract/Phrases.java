package finmetrics.extract;

import java.util.regex.Pattern;

/**
 * The small phrases around an amount that the linker reads: qualifiers, comparison markers,
 * growth words, and the contexts in which an amount is not a stated figure.
 */
final class Phrases {
  private Phrases() {}

  private static Pattern tail(String regex) {
    return Pattern.compile("(?:^|(?<![\\p{L}]))(?:" + regex + ")[\\s(]*$", Pattern.CASE_INSENSITIVE);
  }

  private static Pattern words(String regex) {
    return Pattern.compile("(?<![\\p{L}])(?:" + regex + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
  }

  /** Longer than any phrase that a pattern anchored at the end ("…$") has to see. */
  private static final int TAIL_WINDOW = 160;

  /** What a prior period's figure is called: "last year's figure of", "2011 level of". */
  static final String LEVEL_NOUN = "figure|level|total|result";

  /**
   * The text just before {@code end}, for the patterns anchored at its end: at most about
   * TAIL_WINDOW characters, cut at a space, so that matching costs the same however long the
   * sentence is (matching them against the whole prefix made long sentences quadratic).
   */
  static String before(String view, int end) {
    int from = Math.max(0, end - TAIL_WINDOW);
    if (from > 0) {
      while (from < end && !Character.isWhitespace(view.charAt(from))) {
        from++;
      }
    }
    return view.substring(from, end);
  }

  /**
   * "a 16.6 percent increase over QR 328.7 million", "9% growth on a like-for-like basis over
   * QR3.5bn": after a change word, "over" introduces the figure compared with, not a floor.
   */
  private static final String CHANGE_WORDS = "increase|rise|growth|gain|jump|improvement|decline|decrease|drop|fall|higher|lower|basis";
  private static final String CHANGE_WORD_BEFORE = "(?<=(?:" + CHANGE_WORDS + ")\\s)";
  private static final String GROWTH_OVER_NOT = "(?<!(?:" + CHANGE_WORDS + ")\\s)";

  static final Pattern MORE_THAN =
      tail("more\\s+than|" + GROWTH_OVER_NOT + "over|in\\s+excess\\s+of|upwards\\s+of|above|exceed(?:ed|ing|s)?|topped|surpassed|greater\\s+than|at\\s+least");
  static final Pattern APPROX =
      tail("approximately|approx\\.?|about|around|nearly|almost|some|roughly|circa|ca\\.|close\\s+to|an\\s+estimated|estimated|an\\s+approximate");
  // "was up to EUR 6.3 mn from EUR 5.8 mn" means "rose to", not a ceiling.
  static final Pattern LESS_THAN = tail("(?<!(?:was|were|is|are|edged|went|moved|climbed|rose|jumped|crept|inched|shot|edges|goes)\\s)up\\s+to|less\\s+than|under|below|fewer\\s+than|at\\s+most|short\\s+of");

  /** A money amount right after these words is a change, not a level: "increased $9.6 million". */
  /** Headline verbs of news ("zoomed", "sank"), read as growth words and as verbs of a change. */
  static final String VIVID_UP = "zoom(?:ed|s)|(?:sky)?rocket(?:ed|s)|lea(?:pt|ped|ps)|spurt(?:ed|s)|swell(?:ed|s)|ballooned|accelerated";

  static final String VIVID_DOWN = "sank|sunk|plummet(?:ed|s)|eased|retreated|weakened|skid(?:ded)?|nosedived";

  static final Pattern CHANGE =
      tail("(?:increased|decreased|rose|fell|grew|declined|jumped|dropped|climbed|gained|improved|shrank|contracted|up|down|higher|lower|" + VIVID_UP + "|" + VIVID_DOWN + ")(?:\\s+by)?"
          // "the 53rd week added $40 million in revenue": a contribution to a figure, not the figure
          + "|added|contributed"
          + "|(?:increase|decrease|decline|rise|drop|growth|improvement|reduction|fall|gain|change|deterioration)\\s+of"
          + "|by" // "reduced revenue by $9 million", "up by EUR 2 mn"
          // "Operating income for fiscal 2019 included $8.3 million of acquisition costs": a part of it.
          + "|(?:included|includes|including|reflected|reflects|benefited\\s+from|was\\s+(?:impacted|reduced|affected)\\s+by)(?:\\s+an?)?");

  /** An amount followed by these words is a difference: "EUR 0.3 mn smaller than". */
  static final Pattern COMPARATIVE_AFTER =
      Pattern.compile("^\\s*(?:smaller|larger|bigger|higher|lower|more|less|greater|better|worse)\\s+than", Pattern.CASE_INSENSITIVE);

  /** "PAT at Rs563m (EPS: Rs9.42) in …": a per-share value labelled in its own bracket, before the amount. */
  static final Pattern PER_SHARE_BRACKET_BEFORE = Pattern.compile(
      "(?i)\\(\\s*(?:EPS|LPS|(?:(?:basic|diluted)\\s+)?(?:earnings|loss)\\s+per\\s+share)\\s*(?::|of|was|at)?\\s*$");

  /** Amounts that are not figures of the company: per-share values. */
  static final Pattern PER_SHARE_AFTER = Pattern.compile(
      "^\\s*(?:(?:diluted|basic)\\s+)?(?:(?:earnings|loss|income|EPS)\\s+)?(?:per|a)\\s+(?:diluted\\s+|basic\\s+|common\\s+)?share",
      Pattern.CASE_INSENSITIVE);

  /** A percentage followed by these words is a share of a total: "97% of our net sales". */
  static final Pattern SHARE_OF_AFTER =
      Pattern.compile("^\\s*of\\s+(?:(?:its|our|their|the|total|net|group|consolidated|company)\\s+)*(?:sales|revenues?|turnover|total|income|profit)"
          // "41% of total revenue of $761.0 million": the metric labels the amount that follows.
          + "(?!\\s+of\\s+(?:[$€£¥₹]|[A-Z]{3}\\s?\\d|\\d))", Pattern.CASE_INSENSITIVE);

  /** "compared with", "as opposed to", "in comparison with": one list for every comparison below. */
  static final String COMPARED_TO = "compared\\s+(?:to|with)|as\\s+opposed\\s+to|in\\s+comparison\\s+(?:to|with)|vis[-\\s][àa][-\\s]vis";

  /** Words that introduce the figure being compared against: "from", "compared with", "versus". */
  static final Pattern COMPARISON =
      words("from|" + COMPARED_TO + "|as\\s+against|against|versus|vs\\.?|(?<!(?:more|less|fewer|greater)\\s)than|up\\s+on|down\\s+on|in\\s+contrast\\s+to|over\\s+the|" + CHANGE_WORD_BEFORE + "over|after"
          // "reached 407 million euros, below the 430 million euros reported a year ago"
          + "|(?:below|above|short\\s+of|ahead\\s+of)\\s+the"
          + "|compares?\\s+(?:to|with)|(?:double|twice|triple|half)\\s+the");

  /** Words that put a period in the past of a comparison: "from 2018", "on the corresponding period in". */
  private static final String PERIOD_COMPARISON =
      // Whole words: "on" is also the end of "$2.7 billion". "Over the first nine months" opening a
      // sentence is a duration, not a comparison.
      "(?<![\\p{L}])(?:from|" + COMPARED_TO + "|compares?\\s+(?:to|with)|versus|vs\\.?|against|than|(?<=\\S\\s{1,3})over|on|above|below|ahead\\s+of|behind)"
          // "lower than the one registered in the same period of 2019", "above that recorded in 2018"
          + "(?:\\s+(?:the\\s+one|that|those|the\\s+figure|the\\s+level)(?:\\s+(?:registered|recorded|reported|posted|achieved|booked|seen))?\\s+(?:in|for|during))?"
          + "\\s+(?:the\\s+|a\\s+)?(?:(?:same|corresponding|comparable)\\s+(?:period|quarter|half|months?)\\s+(?:of|in)\\s+(?:the\\s+)?)?";

  /** The text right before a compared period: "from the third quarter of 2008", "over fiscal 2018". */
  static final Pattern COMPARISON_BEFORE_PERIOD = Pattern.compile("(?i)" + PERIOD_COMPARISON + "$");

  /**
   * "from 2018", "compared to fiscal 2018" (periods marked §): a compared period, not a compared
   * amount; "from last year's $220.1 million" and "from 2011 level of N62.5billion" compare with the
   * amount the period dates.
   */
  static final Pattern COMPARED_PERIOD = Pattern.compile("(?i)" + PERIOD_COMPARISON + "§+(?!§|['’]s(?![\\p{L}])|\\s+(?:" + LEVEL_NOUN + ")\\s+(?:of|at)(?![\\p{L}]))");

  /** Amounts in a list: "$1.04 billion and $72.3 million", "$182.6 million, $165.0 million and …". */
  static final Pattern AMOUNTS_JOINED = Pattern.compile("(?i)^\\s*(?:,|,?\\s*and)\\s*$");

  /** The number of words in a stretch of text. */
  static int wordCount(String text) {
    String t = text.trim();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  /** A comparison marker right before the first amount of a sentence: "increased from EUR 4.8 mn". */
  static final Pattern COMPARISON_TAIL = tail("from|" + COMPARED_TO + "|versus|vs\\.?|(?<!(?:more|less|fewer|greater)\\s)than");

  static final Pattern TO = words("to");

  static final Pattern RESPECTIVELY = words("respectively");

  static final Pattern FOR_EACH_OF = words("for\\s+each\\s+of(?:\\s+the)?|(?:in|during|for)\\s+both");

  /** "negative $3.6 million", "minus EUR 2 mn". */
  static final Pattern NEGATIVE_BEFORE = tail("negative|minus");

  /** "while in the comparison period it was EUR 1.4 mn": the amount continues the metric before. */
  static final Pattern REFERS_BACK =
      Pattern.compile("(?i)\\bit\\s+(?:was|stood\\s+at|amounted\\s+to|totall?ed|reached|came\\s+to)\\s*$");

  /**
   * A sentence that opens by pointing back at the figure of the sentence before: "It was Rs 699.53
   * crore in the same period a year ago", "This is compared to profits of EGP 28.27 million", "This
   * was up from KShs 16.1 billion", "Previous year's figure of EUR 1,181.5 million …".
   */
  static final Pattern REFERS_BACK_OPENING = Pattern.compile(
      "(?i)^\\s*[\"“]?\\s*(?:(?:the\\s+)?(?:previous|prior|preceding|last)[-\\s]year['’]s\\s+(?:" + LEVEL_NOUN + ")\\s+(?:of|was|stood\\s+at)\\s+(?-i:(?=[^\\s\\p{Ll}]))|(?:this|that|it)\\s+(?:is\\s+compared|was\\s+compared|compares|compared|was|stood\\s+at|amounted\\s+to|came\\s+to"
          // "This was up from KShs 16.1 billion", "This was a growth from …", "It is down on $4 million"
          + "|(?:is|was|represents|represented)\\s+(?:up|down|higher|lower|an?\\s+(?:increase|decrease|improvement|growth|rise|drop|decline|jump))\\s+(?:from|on|over|compared\\s+(?:to|with)))\\s+(?:(?:to|with|against)\\s+)?(?:(?:a|an|the)\\s+)?(?:(?:profits?|loss(?:es)?|earnings|result)\\s+of\\s+)?(?-i:(?=[^\\s\\p{Ll}])))");

  /** What may follow a bare "1,234,567" that is a figure: the end of a clause, or a period. */
  static final Pattern BARE_NUMBER_END =
      Pattern.compile("^\\s*(?:$|[,.;:)]|(?:in|for|during|compared|from|and|or|up|down|versus)\\b)", Pattern.CASE_INSENSITIVE);

  static final Pattern OPEN_BRACKET_ONLY = Pattern.compile("\\s*\\(\\s*");

  static final Pattern YEAR_ON_YEAR = Pattern.compile("(?i)year[-\\s](?:on|over)[-\\s]year|y-o-y");

  /** Only joining words between two amounts: the second continues the first ("5.2 % to EUR 205.5 mn"). */
  static final Pattern CONNECTOR_ONLY =
      Pattern.compile("^[\\s,;()]*(?:(?:and|or|i\\.\\s?e\\.|but|to|of|at|following|totall?ing|reaching|recording|posting|registering|hitting|represent(?:s|ed|ing)|reflect(?:s|ed|ing)|show(?:s|ed|ing)?|mark(?:s|ed|ing)?|signif(?:ies|ied|ying)|indicat(?:es|ed|ing)|respectively|which(?:\\s+(?:is|was|were|represents?|represented))?|an?|amounting\\s+to)[\\s,;()]+)*$", Pattern.CASE_INSENSITIVE);

  /** The gap between an amount and a cue that labels it from behind: "$440 million in revenue". */
  static final Pattern FIGURE_FIRST_GAP =
      Pattern.compile("(?i)^\\s*(?::\\s*that\\s+)?(?:was|were|is|are)\\s+(?:the|its|their)\\s+(?:(?:company|group|firm)\\s*'s\\s+)?$");

  static final Pattern SPENT_ON_GAP = Pattern.compile("^\\s*on\\s+$", Pattern.CASE_INSENSITIVE);

  // "9.36 billion yuan in revenue", "EGP 176.47 million in its profit after income tax"
  static final Pattern FOLLOWING_CUE_GAP = Pattern.compile("^[\\s()\\[\\]]*(?:in\\s+(?:its|their)\\s+|(?:in|of)\\s+)?$", Pattern.CASE_INSENSITIVE);

  /** Words that end a period's attachment to the amount before it. */
  static final Pattern ATTACH_STOP =
      words("from|compared|as\\s+opposed|in\\s+comparison|versus|vs|than|against|over|while|whereas|and\\s+(?:a|an|the)?\\s*(?:net|operating|gross)|which|including");

  /** Clauses that state no figure of the company: forecasts, aims, effects, explanations. */
  /** Forecasts and aims: a figure compared with one ("against EUR 15 mn in 2009") may still be stated. */
  static final Pattern FORECAST_CLAUSE =
      // "the targeted expansion of market share": after a determiner, "targeted" is an adjective of a plan already carried out
      words("aim|aims|target|targets|(?<!(?:the|its|our|their|a)\\s)targeted|expects?|expected\\s+to|anticipat\\p{L}*|forecast\\p{L}*|foresee\\p{L}*|estimated\\s+to|will|would|could|should|may|might"
          + "|guidance|outlook|projected|projection|projects|projecting|sees|plans?\\s+to|(?:had\\s+)?expected|consensus|analysts?|est|estimates?|expectations?|(?:is|are)\\s+seen|improvement\\s+in|contribute\\p{L}*");

  /** "Forecasts for the end of the year: turnover of more than …", "Outlook 2024: …": a label that makes the sentence a forecast. */
  static final Pattern FORECAST_LABEL = Pattern.compile(
      "^\\s*(?:[\\p{L}\\d'’-]+\\s+){0,6}?(?:forecasts?|outlook|guidance|projections?|targets?|expectations?)(?:\\s+[\\p{L}\\d'’-]+){0,8}\\s*:", Pattern.CASE_INSENSITIVE);

  /** Figures of a part of the company, or drivers of a change: so is any figure compared with them. */
  static final Pattern NOT_COMPANY_CLAUSE =
      words("subsidiary\\s+in|due\\s+to|driven\\s+by|segments?|division|regions?|regional|business\\s+(?:area|unit|line)s?"
          // "sales at the 930 firms listed on the exchange": an aggregate of many companies
          + "|\\d[\\d,]*\\s+(?:listed\\s+)?(?:firms|companies|corporations|enterprises|groups)"
          + "|(?:international|foreign|domestic|overseas|(?-i:\\p{Lu}\\p{L}*(?:an|ish|ese|ic)))\\s+operations"
          + "|currency\\s+(?:exchange|translation|fluctuations?|effects?|impacts?)|exchange\\s+rates?"
          + "|(?:unit|division|segment|business|subsidiary|arm)\\s*'s|as\\s+a\\s+result\\s+of|acquire\\p{L}*\\s+[\\p{L}\\s]+\\s+for");

  /** "In Russia , net sales rose …": a sentence about one country or region. */
  static final Pattern REGION_OPENING =
      Pattern.compile("^\\s*In\\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4]|H[12]|FY|fiscal|the|its|our|addition|total|contrast|comparison|\\d))(?-i:\\p{Lu}\\p{L}+)(?:\\s+(?-i:\\p{Lu}\\p{L}+))?\\s*,");

  /** "EUR 25 mn are expected from the new plant": a forecast stated after the amount. */
  static final Pattern NOT_STATED_AFTER =
      Pattern.compile("^\\s*(?:(?:is|are|was|were)\\s+(?:expected|forecast|estimated|projected|anticipated|planned|targeted)"
          // "the $252.2M loss consensus", "$1.1 billion analyst estimate": what others expected
          + "|(?:\\p{L}+\\s+){0,2}?(?:consensus|estimates?|expectations?)(?![\\p{L}])"
          // "short of the $766.2 million analysts expected"
          + "|(?:analysts?|economists?|the\\s+market|investors?)\\s+(?:had\\s+)?(?:expected|forecast|predicted|estimated|anticipated|projected)(?![\\p{L}]))",
      Pattern.CASE_INSENSITIVE);

  /**
   * "a $7.7 million increase in accounts payable", "18.4 billion yen higher compared to the last
   * fiscal year", "$1.9 million lower for the three months", "EUR 1.5 million below the prior-year
   * figure": an amount followed by a change noun, right by "higher"/"lower", or by "below"/"above" a
   * prior period, is a change ("to $5 million, higher than" has its comma).
   */
  static final Pattern CHANGE_AFTER =
      Pattern.compile("^\\s*(?:(?:(?:year[-\\s](?:over|on)[-\\s]year|y-o-y|net|sequential)\\s+)?(?:increase|decrease|rise|decline|drop|reduction|improvement|change|jump|fall)(?![\\p{L}])"
          + "|(?:higher|lower)(?![\\p{L}])"
          // "EUR 1.5 million below the prior-year figure", "$2 million above last year's"
          + "|(?:below|above|under|over)\\s+(?:the\\s+|that\\s+of\\s+the\\s+)?(?:prior|previous|last|preceding|year[-\\s](?:earlier|ago)|comparable|corresponding)(?![\\p{L}]))",
          Pattern.CASE_INSENSITIVE);

  /**
   * ", or" (or "i.e.") between a growth rate and an amount: "rose 8.1%, or $50.3 million": the amount
   * of the change; "increased by Rs 2.2 billion i.e. 26%": the rate of the change.
   */
  static final Pattern OR_ONLY = Pattern.compile("^\\s*,?\\s*(?:or|i\\.\\s?e\\.?,?)\\s*$", Pattern.CASE_INSENSITIVE);


  static final Pattern GROWTH_UP =
      words("increased?|increases|increasing|grew|grows?|growth|grown|rose|rise[sn]?|up|jump(?:ed|s)?|climb(?:ed|s)?|gain(?:ed|s)?|improv(?:ed|es|ement)|advanc(?:ed|es)|expand(?:ed|s)|surg(?:ed|es)|soar(?:ed|s)?|higher|rais(?:ed|es)|lift(?:ed|s)|boost(?:ed|s)"
          + "|" + VIVID_UP
          + "|growing|rising|climbing|increasing|jumping|surging");
  static final Pattern GROWTH_DOWN =
      words("decreased?|decreases|decreasing|declined?|declines|declining|fell|fall(?:en|s)?|drop(?:ped|s)?|down|contracted|shr[au]nk|slipped|slid|lower|dipped|plunged|reduced|slumped|tumbled|falling|dropping|shrinking"
          + "|" + VIVID_DOWN);

  /** Growth words right after a percentage: "a 25.3 pct increase". */
  static final Pattern GROWTH_AFTER =
      Pattern.compile("^\\s*(?:(?:year[-\\s]on[-\\s]year|y-o-y)\\s+)?(?<word>increase|rise|growth|gain|jump|decline|decrease|drop|fall|lower|higher|up|down|more|less|ahead|behind|above|below)\\b", Pattern.CASE_INSENSITIVE);

  /** "5% in constant currency", "4% organic": growth on another basis than the reported one (optional, not read). */
  static final Pattern OTHER_BASIS_AFTER =
      Pattern.compile("^\\s*(?:(?:in|at|on\\s+an?)\\s+(?:constant[-\\s]currenc(?:y|ies)|local\\s+currenc(?:y|ies)|constant\\s+exchange\\s+rates?"
          + "|like-for-like\\s+basis|organic\\s+basis|currency-neutral\\s+basis)|organic(?:ally)?|adjusted\\s+for\\s+currency|excluding\\s+(?:currency|foreign\\s+exchange))(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE);

  /** "up 9% sequentially": growth over the previous quarter, not revenue growth. */
  static final Pattern SEQUENTIAL_AFTER =
      Pattern.compile("^\\s*(?:sequentially|quarter[-\\s](?:over|on)[-\\s]quarter|on\\s+a\\s+sequential\\s+basis|q/q|qoq|q-o-q)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

  /**
   * "(2018: $6.6 million)", "(H1 2015: £144 million)", "(2005 £7.9m)": a prior figure given in
   * brackets. Any other period as a bracket's label ("(previous year: …)") is read from the
   * sentence's periods by the labeller.
   */
  static final Pattern YEAR_COLON_GAP = Pattern.compile(
      "(?i)\\(\\s*(?:(?:H[12]|Q[1-4]|9M|(?:nine|six|three|9|6|3)\\s+months)\\s+)?(?:FY\\s?'?\\d{2}|(?:FY\\s?)?(?:19|20)\\d{2}(?:[-/]\\d{2})?)\\s*:?\\s*$"
          // the next label of the same bracket: "(2019: USD 88.1 million, 2018: USD 62.9 million)"
          + "|^\\s*[,;]\\s*(?:FY\\s?'?\\d{2}|(?:FY\\s?)?(?:19|20)\\d{2}(?:[-/]\\d{2})?)\\s*:\\s*$");
  // "(2019: USD 88.1 million, 2018: USD 62.9 million)": a later label in the same bracket
  static final Pattern YEAR_COLON_BEFORE = Pattern.compile("(?:\\(|\\([^()]*:[^()]*[,;])\\s*$");
  static final Pattern YEAR_COLON_AFTER = Pattern.compile("^\\s*:");
}
