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

  /** "$351.7 million", "US$1.2 billion", "€3.4 mn", "£2m", "Rs 500 crore", "$(9.8) million", "$1MM". */
  static final AmountRule MONEY_SYMBOL =
      AmountRule.of(
          "money.symbol",
          Mention.Kind.MONEY,
          Lexicon.CURRENCY_SYMBOL + SPACE + Lexicon.NUMBER_OR_BRACKETED + "(?:" + SPACE + Lexicon.SCALE + ")?",
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
          noMatch("The $ sign alone is not an amount."),
          noMatch("It employs 4,200 people in 24-7 support."));

  /** "EUR 13.1 mn", "EUR131m", "USD 1.2bn", "euro86 million", "MEUR 27.9", "EUR -24.9 mn", "( EURO ) 467 million". */
  static final AmountRule MONEY_CODE_BEFORE =
      AmountRule.of(
          "money.code_before",
          Mention.Kind.MONEY,
          "(?:\\(\\s?(?=\\p{L}+\\s?\\)))?" + Lexicon.CURRENCY_CODE_BEFORE + "(?:\\s?\\))?" + SPACE + "(?![\\d,.]*\\s?%)"
              + Lexicon.NUMBER_OR_BRACKETED + "(?:" + SPACE + Lexicon.SCALE + ")?",
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
          noMatch("The EUR exchange rate moved."),
          noMatch("Sales in EUR rose 5 %."));

  /** "1.7 bln euro", "275,000 euro", "2.6 million USD", "84 million kroons", "3.398 million lats", "22.1 mln eur". */
  static final AmountRule MONEY_WORD_AFTER =
      AmountRule.of(
          "money.word_after",
          Mention.Kind.MONEY,
          Lexicon.NUMBER_OR_BRACKETED + "(?:" + SPACE + Lexicon.SCALE + ")?" + SPACE + Lexicon.CURRENCY_WORD_AFTER,
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
          noMatch("They sold 20.3 million liters of beer."),
          noMatch("It employs 6,000 people."));

  /**
   * "19.9 mln" with no currency: only a figure when it is compared with or continues an amount
   * that names its currency ("climbed to 8.4 mln eur from 7.7 mln"), whose unit it then takes.
   */
  static final AmountRule MONEY_SCALE_ONLY =
      AmountRule.of(
          "money.scale_only",
          Mention.Kind.MONEY,
          Lexicon.NUMBER_OR_BRACKETED + SPACE + "(?<scale>thousand|million|billion|mln|mn|bln|bn)(?![\\p{L}\\d])",
          match("Operating profit was [[19.9 mln]] a year earlier .", "19900000 ?"),
          match("Compared with [[7 million]] in 2008 .", "7000000 ?"),
          match("Net sales were up from [[4.2 mn]] .", "4200000 ?"),
          noMatch("It has 300 employees."));

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
          noMatch("Revenue grew 1.5% to 300 thousand."));

  /** "24%", "5.2 %", "24 percent", "24 per cent", "25.3 pct". */
  static final AmountRule PERCENT =
      AmountRule.of(
          "percent.number",
          Mention.Kind.PERCENT,
          "(?:(?<minus>[-\u2212])\\s?)?" + Lexicon.NUMBER + SPACE + "(?:%|(?i:percent|per cent|pct)(?![\\p{L}]))",
          match("Sales compounded at [[24%]] a year.", "24 %"),
          match("Net sales increased by [[5.2 %]] .", "5.2 %"),
          match("Revenue grew [[14 percent]] .", "14 %"),
          match("Sales rose [[10 per cent]] .", "10 %"),
          match("Sales rose [[25.3 pct]] year on year.", "25.3 %"),
          noMatch("It has offices in 24 countries."),
          noMatch("EBIT % improved."));

  static final List<AmountRule> ALL = List.of(MONEY_SYMBOL, MONEY_CODE_BEFORE, MONEY_WORD_AFTER, MONEY_SCALE_ONLY, MONEY_GROUPED, PERCENT);
}
