package finmetrics.extract;

import static finmetrics.extract.Example.match;
import static finmetrics.extract.Example.noMatch;

import java.util.List;

/**
 * The registry of amount rules. List position is the tie-break when two rules match spans of the
 * same length, so the order is part of the behaviour.
 */
final class AmountRules {
  private AmountRules() {}

  private static final String SPACE = "[ \\u00a0]?";
  /**
   * Between a currency and its number: a space, or a line break when a scale word follows the number
   * (news copy wrapped at a fixed width: "to EUR\n149.0 million"); "in EUR\n2019 2018" stays unread.
   */
  private static final String CURRENCY_GAP =
      "(?:[ \\u00a0]|[ \\u00a0]*\\R[ \\u00a0]*(?=[-\u2212(]?\\d[\\d,.]{0,24}+\\)?[ \\u00a0]?(?i:thousand|million|billion|trillion|mln|mn|bln|bn)(?![\\p{L}])))?";

  /** What a number may begin with: a digit, an accounting bracket, a sign ("+9%", "-24.9"). */
  private static final String NUMBER_CHARS = StartSet.DIGITS + "(-\u2212\u2013+";
  private static final StartSet NUMBER_START = StartSet.anywhere(NUMBER_CHARS);

  /**
   * What a currency written before a number may begin with: a symbol, a capital ("US$", "Rs",
   * "RM", "MSEK"), or any letter of a code at the start of a word ("euro86 million").
   */
  private static final StartSet CURRENCY_START =
      StartSet.anywhere("$€£¥\uffe5₹₩₽₱₺₪฿₦ABCDEFGHIJKLMNOPQRSTUVWXYZ").with("", "abcdefghijklmnopqrstuvwxyz");

  /**
   * "$351.7 million", "US$1.2 billion", "€3.4 mn", "£2m", "Rs 500 crore", "$(9.8) million", "$1MM",
   * "$12-billion", "NT$1.45 billion", "$A580.2 million", "$114.2 million dollars".
   */
  static final AmountRule MONEY_SYMBOL =
      AmountRule.of(
          "money.symbol",
          Mention.Kind.MONEY,
          Lexicon.CURRENCY_SYMBOL + CURRENCY_GAP + Lexicon.NUMBER_OR_BRACKETED + "(?:" + Lexicon.SCALE_GAP + Lexicon.SCALE + ")?"
              + "(?:" + SPACE + Lexicon.DOLLARS_AFTER + ")?",
          match("Northwind booked revenues of [[$351.7 million]] last year.", "351700000 USD"),
          match("Sales reached [[US$1.2 billion]].", "1200000000 USD"),
          match("Revenue was [[€3.4 mn]] in the quarter.", "3400000 EUR"),
          match("Profit of [[£2m]] was booked.", "2000000 GBP"),
          match("Revenue of [[Rs 500 crore]] in fiscal 2019.", "5000000000 INR"),
          match("Revenue of [[₹1,53,670 crore]] in fiscal 2024.", "1536700000000 INR"),
          match("Net loss after tax was [[$(9.8) million]].", "-9800000 USD"),
          match("Annual bookings of [[$1MM]] were signed.", "1000000 USD"),
          match("Revenue reached [[$1.2M]] in 2019.", "1200000 USD"),
          match("Revenue was [[$3B]] last year.", "3000000000 USD"),
          match("Revenue for FY2019 was [[S$214.7 million]].", "214700000 SGD"),
          noMatch("Operating profit is seen at $10-12 million next year."),
          match("Combined net sales were [[$ 27 million]].", "27000000 USD"),
          match("Gross profit was [[$1,791.8 million]].", "1791800000 USD"),
          match("It also booked [[$13 thousand]] of fees.", "13000 USD"),
          match("Annual sales came to [[$8-billion]] for the railway.", "8000000000 USD"),
          match("Profit climbed to [[$2.75-billion]] .", "2750000000 USD"),
          match("Turnover for the year was [[$3.1 trillion]] across the group.", "3100000000000 USD"),
          match("The foundry earned [[NT$12.6 billion]] in the quarter.", "12600000000 TWD"),
          match("Half-year revenue rose to [[$A412.5 million]] .", "412500000 AUD"),
          match("Net profit was [[A$88 million]] .", "88000000 AUD"),
          match("Sales reached [[¥845 billion]] in the year.", "845000000000 JPY"),
          match("Operating profit was [[₩6.2 trillion]] .", "6200000000000 KRW"),
          match("Turnover of [[Rs. 8,214.50 millions]] was booked.", "8214500000 INR"),
          match("Revenue from operations was [[Rs 2,04,118.40 lakh]] .", "20411840000 INR"),
          match("Revenue stood at [[Rs 912 crores]] .", "9120000000 INR"),
          match("The logistics group made [[$418 million Canadian dollars]] in profit.", "418000000 CAD"),
          match("Sales topped [[$96.4 million dollars]] in fiscal 2021.", "96400000 USD"),
          match("Sales were [[£640K]] in the first year.", "640000 GBP"),
          match("It includes R&D expenses of [[$15 million]]2.", "15000000 USD"),
          match("Its net profit fell 39 per cent to [[Dh353 million]] .", "353000000 AED"),
          match("Revenue was [[Dhs 1.2 billion]] in the half.", "1200000000 AED"),
          match("Net profit stood at [[TL 310 million]] in the first quarter.", "310000000 TRY"),
          match("Revenue rose to [[GH¢ 2.1 billion]] .", "2100000000 GHS"),
          noMatch("The Dh sign and the TL code stand alone here."),
          match("Turnover:\n[[€1,874.6\nmillion]]\nEBITDA: up", "1874600000 EUR"),
          noMatch("The $ sign alone is not an amount."),
          noMatch("A bank in Taiwan is named NT and has $ signs in its logo."),
          noMatch("It employs 4,200 people in 24-7 support."))
          .startingWith(CURRENCY_START);

  /**
   * "($1.0) million": the currency inside the accounting brackets of a negative figure, the scale
   * after them. Without a scale after the bracket it is not read: "(£2.3m)" and "($5,412)" are as
   * often a conversion of the figure before as a negative one.
   */
  static final AmountRule MONEY_SYMBOL_IN_BRACKETS =
      AmountRule.of(
          "money.symbol_in_brackets",
          Mention.Kind.MONEY,
          "\\(\\s?" + Lexicon.CURRENCY_SYMBOL + SPACE + Lexicon.NUMBER.replace("<number>", "<bracketed>") + "\\s?\\)" + Lexicon.SCALE_GAP + Lexicon.SCALE,
          match("Net loss in fiscal year 2022 was [[($1.0) million]] .", "-1000000 USD"),
          match("The operating loss was [[(£ 2.3) million]] for the year.", "-2300000 GBP"),
          match("Net loss attributable to shareholders was [[(US$12.4) billion]] .", "-12400000000 USD"),
          noMatch("Revenue of €5,000 ($5,412) was booked."),
          noMatch("Revenue ($ in millions) rose."))
          .startingWith(StartSet.anywhere("("));

  /** "EUR 13.1 mn", "EUR131m", "USD 1.2bn", "euro86 million", "MEUR 27.9", "EUR -24.9 mn", "( EURO ) 467 million". */
  static final AmountRule MONEY_CODE_BEFORE =
      AmountRule.of(
          "money.code_before",
          Mention.Kind.MONEY,
          "(?:\\(\\s?(?=\\p{L}+\\s?\\)))?" + Lexicon.CURRENCY_CODE_BEFORE + "(?:\\s?\\))?" + CURRENCY_GAP + "(?![\\d,.]{0,24}+\\s?%)"
              + Lexicon.NUMBER_OR_BRACKETED + "(?:" + Lexicon.SCALE_GAP + Lexicon.SCALE + ")?",
          match("Net sales rose to [[EUR 13.1 mn]] .", "13100000 EUR"),
          match("Total operating revenue grew to [[EUR61m]] .", "61000000 EUR"),
          match("Net sales were [[USD 1.2bn]] in 2010.", "1200000000 USD"),
          match("It reported a net loss of [[euro86 million]] in the quarter.", "86000000 EUR"),
          match("The turnover amounted to [[MEUR 27.9]] in 2007.", "27900000 EUR"),
          match("Operating income was [[EUR -24.9 mn]] .", "-24900000 EUR"),
          match("Quarterly sales climbed to [[( EURO ) 312 million]] .", "312000000 EUR"),
          match("Turnover of [[LVL 2.346 mn]] for 2009.", "2346000 LVL"),
          match("Net sales increased to [[EUR193 .3 m]] .", "193300000 EUR"),
          match("Sales were [[RUB 4.1 bn]] in 2010.", "4100000000 RUB"),
          match("Net sales totalled [[EUR 1 234.5 mn]] in 2008 .", "1234500000 EUR"),
          match("Net sales grew to [[MSEK 2,418.7]] (2,301.2).", "2418700000 SEK"),
          match("Operating profit was [[TEUR 845]] in 2012.", "845000 EUR"),
          match("Revenue for the third quarter was [[TWD 8,412.336 million]] .", "8412336000 TWD"),
          match("Net sales were [[CHF 4,210.6 million]] .", "4210600000 CHF"),
          match("Revenue reached [[THB 52.8 billion]] in 2021.", "52800000000 THB"),
          match("Sales rose to [[EUR 3.2-billion]] .", "3200000000 EUR"),
          match("Net sales increased by 1.3% to [[EUR\n149.0 million]] .", "149000000 EUR"),
          noMatch("All figures are in EUR\n2019 and 2018 compared."),
          noMatch("The EUR exchange rate moved."),
          noMatch("We will try 3 times before giving up."),
          noMatch("Sales in SEK rose 5 %."),
          noMatch("Sales in USD fell 2 %."))
          .startingWith(CURRENCY_START.with("(", ""));

  /**
   * "1 trillion 494.8 billion yen", "2 trillion 30 billion won": a figure written in two scales, as
   * Japanese and Korean filings in English do; the parts add up.
   */
  static final AmountRule MONEY_TWO_SCALES =
      AmountRule.of(
          "money.two_scales",
          Mention.Kind.MONEY,
          Lexicon.NUMBER + "[ \\u00a0](?<scale>(?i:trillion))[ \\u00a0]" + Lexicon.NUMBER.replace("<number>", "<rest>")
              + "[ \\u00a0](?<restScale>(?i:billion))" + SPACE + Lexicon.CURRENCY_WORD_AFTER,
          match("Net sales for the year were [[1 trillion 494.8 billion yen]] .", "1494800000000 JPY"),
          match("Revenue reached [[2 trillion 30 billion won]] in 2021.", "2030000000000 KRW"),
          match("Operating revenue came to [[3 trillion 5.2 billion yen]] .", "3005200000000 JPY"),
          noMatch("Sales of 1 trillion yen and 494.8 billion yen were booked."))
          .startingWith(NUMBER_START);

  /**
   * "1.7 bln euro", "275,000 euro", "2.6 million USD", "84 million kroons", "3.398 million lats",
   * "22.1 mln eur", "25.57 billion yuan", "56.1 trillion won", "144.9 million euros".
   */
  static final AmountRule MONEY_WORD_AFTER =
      AmountRule.of(
          "money.word_after",
          Mention.Kind.MONEY,
          Lexicon.NUMBER_OR_BRACKETED + "(?:" + Lexicon.SCALE_GAP + Lexicon.SCALE + ")?" + SPACE + Lexicon.CURRENCY_WORD_AFTER,
          match("Grimaldi generated a [[1.7 bln euro]] turnover in 2005.", "1700000000 EUR"),
          match("Net profit rose to [[275,000 euro]] in the quarter.", "275000 EUR"),
          match("The target, with some [[4.8 million USD]] in yearly sales, was bought.", "4800000 USD"),
          match("The Tallinn retailer sold goods worth [[61 million kroons]] .", "61000000 EEK"),
          match("It earned [[3.398 million lats]] in profit.", "3398000 LVL"),
          match("The result improved to [[13.4 mln eur]] .", "13400000 EUR"),
          match("Net sales totaled [[1.5 billion euros]] .", "1500000000 EUR"),
          match("The adjusted EBITDA amounts to [[7.309 bln skr]] .", "7309000000 SEK"),
          match("Net sales for 2008 were [[47.5 MEUR]] .", "47500000 EUR"),
          match("Net profit rose to [[410 million Swedish kronor]] .", "410000000 SEK"),
          match("Full-year net sales were [[8.2 billion crowns]] .", "8200000000 SEK"),
          match("Revenue was [[2.1 billion kroner]] .", "2100000000 NOK"),
          match("Full-year revenue rose to [[31.84 billion yuan]] .", "31840000000 CNY"),
          match("Net profit reached [[4.6 billion renminbi]] .", "4600000000 CNY"),
          match("Operating profit was about [[9.12 trillion Korean won]] .", "9120000000000 KRW"),
          match("Sales came to [[48.3 trillion won]] in the quarter.", "48300000000000 KRW"),
          match("Net profit grew to [[512.4 billion yen]] .", "512400000000 JPY"),
          match("Net profit was [[210.7 million euros]] .", "210700000 EUR"),
          match("The railway earned [[705 million Canadian dollars]] .", "705000000 CAD"),
          match("Revenue was [[3.3 billion Australian dollars]] .", "3300000000 AUD"),
          match("Revenue was [[9.8 billion New Taiwan dollars]] .", "9800000000 TWD"),
          match("Revenue grew to [[14.2 billion baht]] .", "14200000000 THB"),
          noMatch("Of the 12 candidates, 5 won seats."),
          noMatch("They sold 20.3 million liters of beer."),
          noMatch("It employs 6,000 people."))
          .startingWith(NUMBER_START);

  /**
   * "19.9 mln" with no currency: only a figure when it is compared with or continues an amount
   * that names its currency ("climbed to 8.4 mln eur from 7.7 mln"), whose unit it then takes.
   */
  static final AmountRule MONEY_SCALE_ONLY =
      AmountRule.of(
          "money.scale_only",
          Mention.Kind.MONEY,
          Lexicon.NUMBER_OR_BRACKETED + SPACE + "(?<scale>thousand|million|billion|trillion|mln|mn|bln|bn)(?![\\p{L}\\d])",
          match("Operating profit was [[19.9 mln]] a year earlier .", "19900000 ?"),
          match("Sales slipped 1 percent to [[3.81 trillion]] .", "3810000000000 ?"),
          match("Compared with [[7 million]] in 2008 .", "7000000 ?"),
          match("Net sales were up from [[4.2 mn]] .", "4200000 ?"),
          noMatch("It has 300 employees."))
          .startingWith(NUMBER_START);

  /**
   * "1,234,567" with no currency: only a figure when a metric phrase labels it directly ("revenues
   * of 1,234,567 in 2019"); it then takes the currency of its sentence or, failing that, of the
   * document's figures before it.
   */
  static final AmountRule MONEY_GROUPED =
      AmountRule.of(
          "money.grouped",
          Mention.Kind.MONEY,
          "(?<![\\d.,$€£¥₹])(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?)(?![\\d,]|\\s?%)",
          match("The shop had revenues of [[1,234,567]] in 2019.", "1234567 ?"),
          match("Net loss was [[2,500,000]] for the year.", "2500000 ?"),
          match("Cost of revenue totalled [[845,210.50]] .", "845210.5 ?"),
          noMatch("Revenue grew 1.5% to 300 thousand."))
          .startingWith(NUMBER_START);

  /** "24%", "5.2 %", "24 percent", "24 per cent", "25.3 pct". */
  static final AmountRule PERCENT =
      AmountRule.of(
          "percent.number",
          Mention.Kind.PERCENT,
          // A plus sign is kept in the span: "+9% on H1 2017" is a rise.
          // An accounting bracket is negative after a word ("decreased $(2.9) million, or (28.0) percent"),
          // never after a figure, where it is the bare prior-year comparative ("grew 5.2 (3.1)%").
          "(?:(?:(?<minus>[-\u2212])|\\+)\\s?)?(?:(?<![\\d%][ \\u00a0]?)\\(\\s?" + Lexicon.NUMBER.replace("<number>", "<bracketed>") + "\\s?\\)|" + Lexicon.NUMBER + ")"
              + SPACE + "(?:%|" + Lexicon.PERCENT_WORD + ")",
          match("Sales compounded at [[24%]] a year.", "24 %"),
          match("G&A expense decreased $(2.9) million, or [[(28.0) percent]] , to $7.2 million.", "-28 %"),
          noMatch("Net sales grew 5.2 (3.1)% in the period."),
          match("Net sales increased by [[5.2 %]] .", "5.2 %"),
          match("Revenue grew [[14 percent]] .", "14 %"),
          match("Total revenue £188.6m; [[+9%]] on H1 2017.", "9 %"),
          match("Sales rose [[10 per cent]] .", "10 %"),
          match("Sales rose [[25.3 pct]] year on year.", "25.3 %"),
          match("Net sales jumped [[29pc]] to Rs629bn.", "29 %"),
          noMatch("It has offices in 24 countries."),
          noMatch("EBIT % improved."))
          .startingWith(NUMBER_START);

  private static final String CURRENCY_BEFORE = "(?:" + Lexicon.CURRENCY_SYMBOL + "|" + Lexicon.CURRENCY_CODE_BEFORE + ")";
  /** The same, without capturing: a currency repeated inside a list or range. */
  private static final String REPEATED_CURRENCY = CURRENCY_BEFORE.replace("(?<symbol>", "(?:").replace("(?<code>", "(?:");
  private static final String LOW_SCALE = Lexicon.SCALE.replace("<scale>", "<lowscale>");
  private static final String PERCENT_SIGN = "(?:%|" + Lexicon.PERCENT_WORD + ")";
  /**
   * "to" joins a range only when one scale after the high end serves both ("$40 to $45 million"):
   * "increased by $2,110,000 to $9,870,000" is a change and a level.
   */
  private static final String SCALE_AFTER_HIGH =
      "(?=\\S{0,8}?\\s?\\d[\\d,.]{0,24}+[ \\u00a0-]?(?i:thousands?|millions?|billions?|trillions?|mln|mn|bln|bn|crores?|lakhs?|m|k|b)(?![\\p{L}\\d]))";

  /** A range is never the second figure of "from $5 million to $7 million" nor "from 5 to 7 per cent". */
  private static final String NOT_AFTER_FROM = "(?<!(?i:from)\\s)";

  /**
   * "$5–7 million", "$5 million-$7 million", "$20 billion- $20.5 billion", "$5 to $7 million", "EUR
   * 10-12 mn": a low and a high bound. "to" joins only a low end without a scale of its own, since
   * "rose $5 million to $70 million" is a change and a level.
   */
  static final AmountRule MONEY_RANGE =
      AmountRule.of(
          "money.range",
          Mention.Kind.MONEY,
          NOT_AFTER_FROM + CURRENCY_BEFORE + SPACE + Lexicon.RANGE_LOW
              + "(?:(?:" + Lexicon.SCALE_GAP + LOW_SCALE + ")?\\s?[-–—]\\s?|\\s(?i:to)\\s" + SCALE_AFTER_HIGH + ")(?:" + REPEATED_CURRENCY + SPACE + ")?"
              + Lexicon.RANGE_HIGH + "(?:" + Lexicon.SCALE_GAP + Lexicon.SCALE + ")?",
          match("Revenue for the year was [[$5–7 million]] .", "5000000..7000000 USD"),
          match("Sales of [[$18 billion- $18.4 billion]] were reported.", "18000000000..18400000000 USD"),
          match("EBITDA came in at [[$3 million-$3.5 million]] .", "3000000..3500000 USD"),
          match("Revenue of [[$40 to $45 million]] was booked.", "40000000..45000000 USD"),
          match("Sales were [[EUR 3 to 4 mn]] .", "3000000..4000000 EUR"),
          noMatch("Gross profit increased by $2,110,000 to $9,870,000 in 2021."),
          match("Net sales were [[EUR 10-12 mn]] .", "10000000..12000000 EUR"),
          noMatch("Revenue rose $5 million to $70 million."),
          noMatch("Sales grew from $5 to $7 million."),
          noMatch("The 2019-2020 report is out."))
          .startingWith(CURRENCY_START);

  /** "between $5 million and $7 million", "between EUR 3 and 4 mn": a low and a high bound. */
  static final AmountRule MONEY_BETWEEN =
      AmountRule.of(
          "money.between",
          Mention.Kind.MONEY,
          "(?i:between)\\s" + CURRENCY_BEFORE + SPACE + Lexicon.RANGE_LOW + "(?:" + Lexicon.SCALE_GAP + LOW_SCALE + ")?"
              + "\\s(?i:and)\\s(?:" + REPEATED_CURRENCY + SPACE + ")?" + Lexicon.RANGE_HIGH + "(?:" + Lexicon.SCALE_GAP + Lexicon.SCALE + ")?",
          match("Sales were [[between $5 million and $7 million]] .", "5000000..7000000 USD"),
          match("Revenue came to [[between EUR 3 and 4 mn]] .", "3000000..4000000 EUR"),
          match("It booked [[between £1.2bn and £1.4bn]] of revenue.", "1200000000..1400000000 GBP"),
          noMatch("The gap between $5 million of revenue and costs narrowed."),
          noMatch("Revenue split between 2019 and 2020."))
          .startingWith(StartSet.anywhere("bB"));

  /** "5 to 7 per cent", "8.5%-11.5%", "5-7%": a low and a high bound. */
  static final AmountRule PERCENT_RANGE =
      AmountRule.of(
          "percent.range",
          Mention.Kind.PERCENT,
          NOT_AFTER_FROM + Lexicon.RANGE_LOW + "(?:" + SPACE + PERCENT_SIGN + "\\s?[-–—]\\s?|\\s?[-–—]\\s?|\\s(?i:to)\\s)"
              + Lexicon.RANGE_HIGH + SPACE + PERCENT_SIGN,
          match("Sales grew [[5 to 7 per cent]] in the year.", "5..7 %"),
          match("Revenue rose [[8.5%-11.5%]] .", "8.5..11.5 %"),
          match("Net sales increased [[3-4%]] .", "3..4 %"),
          match("Revenue grew [[12 – 14 percent]] .", "12..14 %"),
          noMatch("The margin rose from 5 to 7 per cent."),
          noMatch("Revenue grew 7 % in 2019-2020."))
          .startingWith(NUMBER_START);

  /** "between 5% and 7%", "between 5 and 7 per cent": a low and a high bound. */
  static final AmountRule PERCENT_BETWEEN =
      AmountRule.of(
          "percent.between",
          Mention.Kind.PERCENT,
          "(?i:between)\\s" + Lexicon.RANGE_LOW + "(?:" + SPACE + PERCENT_SIGN + ")?\\s(?i:and)\\s" + Lexicon.RANGE_HIGH + SPACE + PERCENT_SIGN,
          match("Sales grew [[between 5% and 7%]] .", "5..7 %"),
          match("Revenue rose [[between 2 and 3 per cent]] .", "2..3 %"),
          match("Net sales grew [[between 10 and 12 percent]] last year.", "10..12 %"),
          noMatch("Revenue grew between 2019 and 2021 by 20%."))
          .startingWith(StartSet.anywhere("bB"));

  /**
   * "$0.46 diluted earnings per share", "$1.41 per share", "90 cents per share", "$(0.12) per basic
   * and diluted share", "EUR 1.10 a share": an amount per share, never a money figure of the company.
   */
  // Digit runs in lookaheads are bounded and possessive: in a pasted run of "1234,567,1234,…" an
  // unbounded one rescans the rest of the sentence from every position.
  static final AmountRule PER_SHARE =
      AmountRule.of(
          "money.per_share",
          Mention.Kind.PER_SHARE,
          "(?:" + CURRENCY_BEFORE + SPACE + "|(?=[\\d.,]{1,24}+" + SPACE + "(?i:cents?|pence|p)(?![\\p{L}])))" + Lexicon.NUMBER_OR_BRACKETED
              + "(?:" + SPACE + "(?<word>(?i:cents?|pence|p))(?![\\p{L}]))?"
              + "\\s?(?i:(?:(?:diluted|basic|adjusted|reported|net)\\s+)*(?:(?:earnings|loss|profit|income)\\s+)?"
              + "(?:per|a)\\s+(?:(?:basic|diluted|fully|ordinary|common|and)\\s+)*(?:shares?|ADS|ADR)|(?:diluted\\s+)?EPS)(?![\\p{L}])",
          match("Net income was $37.2 million ( [[$ 0.46 diluted earnings per share]] ).", "0.46 USD"),
          match("Net income was $2.0 million or [[$0.03 per fully diluted share]].", "0.03 USD"),
          match("It lost $14 million, or [[10 cents per share]], in the quarter.", "0.1 USD"),
          match("Profit was $179 million, or [[$1.41 per share]], a year earlier.", "1.41 USD"),
          match("The loss was [[$(0.12) per basic and diluted share]] .", "-0.12 USD"),
          match("Earnings were [[EUR 1.10 a share]] .", "1.1 EUR"),
          noMatch("Revenue was $4.2 million in 2019."),
          noMatch("Net profit per share rose to 2.1 times."))
          // Every match ends in "share(s)", "ADS", "ADR" or "EPS": a sentence with none is not scanned.
          .startingWith(CURRENCY_START.with(NUMBER_CHARS, "").requiring("share", "ads", "adr", "eps"));

  /**
   * "$ 34.6" of "$ 34.6 , $ 30.4 and $ 27.6 million", "€ 4,624" of "€ 4,624 (3,596) million": a
   * scale written once after a list or a bracketed comparative serves every number before it.
   */
  static final AmountRule MONEY_SCALE_AHEAD =
      AmountRule.of(
          "money.scale_ahead",
          Mention.Kind.MONEY,
          CURRENCY_BEFORE + SPACE + Lexicon.NUMBER
              + "(?=(?:\\s?\\(\\s?\\d[\\d,.]{0,24}+\\s?\\)|(?:\\s?,\\s?(?:(?:and|or)\\s)?|\\s(?:and|or)\\s)" + REPEATED_CURRENCY + SPACE + "\\d[\\d,.]{0,24}+)+"
              + Lexicon.SCALE_GAP + Lexicon.SCALE + ")",
          match("R&D costs were [[$ 41.2]] and $ 38.9 million in 2021 and 2020.", "41200000 USD"),
          match("Sales were [[€ 8.1]] , € 7.7 million and more.", "8100000 EUR"),
          match("Revenue was [[$12.5]] and $11.9 billion in the two years.", "12500000000 USD"),
          match("Group revenues rose to [[€ 3,812]] (3,105) million in the half.", "3812000000 EUR"),
          match("Net sales were [[SEK 910]] (874) million.", "910000000 SEK"),
          noMatch("The shares were priced at $5 and 3 million of them were sold."),
          noMatch("Revenue was $12.5 million and $11.9 million."))
          .startingWith(CURRENCY_START);

  /**
   * "(3,596) million" of "€ 4,624 (3,596) million": the comparative takes the currency and the scale
   * of the figure before it, and is a prior figure, not a negative one.
   */
  static final AmountRule MONEY_BRACKETED_COMPARATIVE =
      AmountRule.of(
          "money.bracketed_comparative",
          Mention.Kind.MONEY,
          // The lookahead first: the long lookbehind then runs only at "(" before a digit.
          "(?=\\(\\s?\\d)(?<=" + Lexicon.CURRENCY_SYMBOL.replace("(?=\\s?\\d)", "") + "[ \\u00a0]?\\d[\\d,.]{0,20}\\s?)"
              + "\\(\\s?" + Lexicon.NUMBER + "\\s?\\)" + Lexicon.SCALE_GAP + Lexicon.SCALE,
          match("Group revenues rose to € 3,812 [[(3,105) million]] in the half.", "3105000000 EUR"),
          match("Operating profit was £ 48.2 [[(41.7) million]].", "41700000 GBP"),
          match("Revenue was $ 912 [[( 874 ) million]].", "874000000 USD"),
          noMatch("Revenue was € 3,812 million (3,105) in the half."),
          noMatch("Revenue was 3,812 (3,105) million."))
          .startingWith(StartSet.anywhere("("));

  /**
   * "DKK 523" of "revenue of DKK 492 million (DKK 523)": a bracketed comparative that repeats the
   * currency but not the scale takes the scale of the figure it follows (only a short number: "EUR 5
   * million (USD 5,500,000)" is a conversion written out).
   */
  static final AmountRule MONEY_UNSCALED_COMPARATIVE =
      AmountRule.of(
          "money.unscaled_comparative",
          Mention.Kind.MONEY,
          "(?<=(?<![\\p{L}])(?<scale>(?i:thousand|million|billion|trillion|mln|mn|bln|bn)|m|M)[ \\u00a0]?\\(\\s?)"
              + "(?:" + Lexicon.CURRENCY_CODE_BEFORE + "|" + Lexicon.CURRENCY_SYMBOL + ")" + SPACE
              + "(?=\\d{1,4}(?:\\.\\d{1,2})?\\s?\\))" + Lexicon.NUMBER,
          match("Revenue of DKK 492 million ([[DKK 523]]) was realized.", "523000000 DKK"),
          match("Operating profit was EUR 8.8 million ([[EUR 14.9]]) in the quarter.", "14900000 EUR"),
          match("Net sales reached SEK 1.2 bn ([[SEK 1.1]]).", "1100000000 SEK"),
          noMatch("Revenue was EUR 5 million (USD 5,500,000) in 2019."),
          noMatch("Revenue was EUR 5 (EUR 4) in 2019."))
          .startingWith(CURRENCY_START);

  // Ranges, per-share values and shared scales first: they tie in length with a plain amount
  // ("$ 34.6" of a list, "3,596" of a comparative) and must win.
  static final List<AmountRule> ALL =
      List.of(MONEY_RANGE, MONEY_BETWEEN, PERCENT_RANGE, PERCENT_BETWEEN, PER_SHARE, MONEY_TWO_SCALES, MONEY_SCALE_AHEAD, MONEY_BRACKETED_COMPARATIVE,
          MONEY_UNSCALED_COMPARATIVE, MONEY_SYMBOL_IN_BRACKETS, MONEY_SYMBOL, MONEY_CODE_BEFORE, MONEY_WORD_AFTER, MONEY_SCALE_ONLY, MONEY_GROUPED, PERCENT);
}
