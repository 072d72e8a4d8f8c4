package finmetrics.extract;

import static finmetrics.extract.Example.match;
import static finmetrics.extract.Example.noMatch;

import finmetrics.model.Period;
import finmetrics.model.Span;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/** The registry of period rules; position breaks ties between equally long matches. */
final class PeriodRules {
  private PeriodRules() {}

  private static final String YEAR = "(?<year>(?:19|20)\\d{2})(?!\\d)";
  private static final String FISCAL = "(?:(?:fiscal|financial|FY)\\s?(?:year\\s+)?)?";
  private static final String ANY_YEAR = "(?:19|20)\\d{2}(?!\\d)";
  private static final String MONTH =
      "(?:January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![a-z])\\.?";
  private static final String ORDINAL = "(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|final)";
  /** A quarter or a half named by its ordinal: "fourth quarter", "third-quarter", "first half". */
  private static final String PART = "(?:" + ORDINAL + "[\\s-]+quarter|(?<half>first|second|1st|2nd)[\\s-]+half)";
  // "2022-23", "2022 / 23": the two digits of the year a fiscal year ends in (checked in splitEnd).
  private static final String YEAR_END_DIGITS = "(?:(?:[-–]|\\s?/\\s?)(?<yend>\\d{2})(?![\\d%]))?";
  private static final String OF_YEAR =
      "(?:(?:\\s?\\(\\s?(?:[1-4]Q|Q[1-4]|[12]H|H[12]|9M)\\s?\\))?\\s+(?:of\\s+)?(?:the\\s+)?(?:(?:fiscal\\s+(?:year\\s+)?|financial\\s+year\\s+|year\\s+)?" + YEAR + YEAR_END_DIGITS
          + "(?:\\s+(?:fiscal|financial)\\s+year(?![\\p{L}]))?"
          + "|FY\\s?'?(?:(?<fy4>(?:19|20)\\d{2})|(?<yy>\\d{2}))(?!\\d)(?:\\s?[-–/]\\s?(?<fyend>\\d{2})(?!\\d))?))?";
  private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?(?!\\d)";
  private static final Map<String, Integer> WORDS =
      Map.of("two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10);

  static final PeriodRule FISCAL_YEAR_ENDED =
      PeriodRule.of(
          "period.year_ended",
          "(?:(?:fiscal|financial)\\s+)?(?:years?|twelve\\s+months|12\\s+months|(?:1?2|twelve)-month\\s+period|5[23]\\s+weeks|fifty-(?:two|three)\\s+weeks)[\\s-]+(?:that\\s+)?(?:end(?:ed|ing)(?:\\s+(?:on|in))?|to)\\s+(?:end-)?"
              + "(?:(?:" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?(?!\\d)|\\d{1,2}(?:st|nd|rd|th)?(?:\\s+|-)" + MONTH + ")(?:(?:\\s*,?\\s*|(?<=[a-zA-Z.])-)" + YEAR.replace("<year>", "<dyear>") + ")?|(?:" + MONTH + "\\s+)?" + YEAR + ")",
          // "the 12 months to June 30" states a year of the company's own, whose number the sentence
          // leaves out: a period with no year, so that no other year of the sentence is taken for it.
          m -> absolute(m.group("dyear") != null ? Period.year(Integer.parseInt(m.group("dyear"))) : m.group("year") != null ? Period.year(year(m)) : Period.NONE),
          match("Revenue in the [[fiscal year ended March 31, 2017]] hit $2.4 billion.", "2017"),
          match("Costs for the [[year ended December 31, 2016]] fell.", "2016"),
          match("Costs for the [[year ended 31-Dec-2016]] fell.", "2016"),
          match("It was the first year of operation ([[year ending 31st March 1996]]).", "1996"),
          match("Net profit for the [[12 months to June 30]] was $2.9 billion, excluding charges booked in 2016.", "no year"),
          match("For the [[year-ended December 31, 2004]] , revenues were $3.3 million.", "2004"),
          match("R&D expenses were $18.2 million and $15.6 million for the [[years ended December 31, 2019]] and 2018, respectively.", "2019"),
          match("Sales in the [[fiscal year ended June 3, 2017]] were flat.", "2017"),
          match("Revenue was £2.1bn in the [[52 weeks ended 27 March 2021]].", "2021"),
          match("Gross profit was £24.1m in the [[year to 31 March 2019]].", "2019"),
          match("For the [[financial year that ended on 30 June 2009]] , turnover rose .", "2009"),
          match("Sales for the [[12-month period ended December 2009]] rose .", "2009"),
          match("Profits were EGP 28.27 million during the [[twelve-month period ended 30 June 2021]] .", "2021"),
          match("Net sales for the [[financial year ending in October 2008]] totalled EUR 72.5 mn .", "2008"),
          noMatch("The year ended well for the team."))
          .startingWith(StartSet.anywhere(StartSet.bothCases("fyt") + "125"));

  /**
   * "the three months ended March 31, 2020" → 2020-Q1, "the fiscal fourth quarter ended April 27,
   * 2019" → 2019-Q4; six months are H1 and nine months 9M whatever the month they end in. A quarter
   * without a number is the calendar quarter of its last month; the year is the date's.
   */
  static final PeriodRule MONTHS_ENDED =
      PeriodRule.of(
          "period.months_ended",
          "(?:(?<![\\d.,])(?<n>three|six|nine|3|6|9)[\\s-]+months?|(?<![\\d.,])(?<weeks>thirteen|twenty-six|thirty-nine|13|26|39)[\\s-]+weeks?|(?<fq>three)\\s+fiscal\\s+quarters|(?:" + ORDINAL + "[\\s-]+(?:fiscal\\s+)?)?(?<q>quarter)|(?<half>first|second|1st|2nd)\\s+half(?:[\\s-]+year)?|(?<![\\p{L}-])(?<halfyear>half)[\\s-]+year)"
              // "the first quarter of the year, ending on March 31, 2022"
              + "(?:\\s+of\\s+the\\s+(?:fiscal\\s+|financial\\s+)?year\\s*,)?"
              + "\\s+(?:periods?\\s+)?(?:that\\s+)?(?:end(?:ed|ing)(?:\\s+(?:on|in))?|to|through|thru)\\s+(?:end-|the\\s+end\\s+of\\s+)?"
              // "31-Mar-2018" as well as "31 March 2018"
              + "(?:(?<day>" + DAY + ")(?:\\s+|-)(?<dmonth>" + MONTH + ")|(?<month>" + MONTH + ")(?:\\s+(?<mday>" + DAY + "))?)"
              + "(?:(?:\\s*,?\\s*|(?<=[a-zA-Z.])-)" + YEAR + ")?",
          PeriodRules::monthsEnded,
          match("Revenue for the [[three months ended March 31, 2020]] was $5.1 million.", "2020-Q1"),
          match("Highlights for the [[three months ended 31-Mar-2018]] follow.", "2018-Q1"),
          match("Net loss for the [[six months ended June 30, 2019]] was $2 million.", "2019-H1"),
          match("Revenue ([[Six months ended 30 June 2018]]: HK$1,026,896,000) fell.", "2018-H1"),
          match("Sales for the [[nine months ended September 30, 2018]] rose.", "2018-9M"),
          match("Revenue for the [[three months ended December 31, 2019]] rose.", "2019-Q4"),
          match("Net income was $1.2M for the [[quarter ended September 30, 2019]].", "2019-Q3"),
          match("For the [[nine months to September 30 , 2009]] , it swung to a net loss .", "2009-9M"),
          match("Turnover in the [[nine months to end-September 2008]] rose .", "2008-9M"),
          match("Net sales in the [[six-month period ending June 2007]] climbed .", "2007-H1"),
          match("Sales in its fiscal [[fourth quarter ended April 26, 2020]] were $2.2 billion.", "2020-Q4"),
          match("Billings for the [[quarter that ended Sept. 30]] rose.", "Q3"),
          match("Revenue for the [[quarter ended November 2022]] was Rs 310 crore.", "2022-Q4"),
          match("Gross profit for the [[three months ended 31 March 2021]] was $4 million.", "2021-Q1"),
          match("Net income for the [[third quarter ended Oct. 1, 2016]] fell.", "2016-Q3"),
          match("Turnover for the [[six months to 31 December 2014]] was A$12 million.", "2014-H1"),
          match("For the [[first half ended 30 Jun 2025]] , revenue was $103.3 million.", "2025-H1"),
          match("Net sales were $587.8 million for the [[three fiscal quarters ended October 1, 2022]] .", "2022-9M"),
          match("Revenue for the [[13 weeks ended April 2, 2022]] rose.", "2022-Q2"),
          match("Sales for the [[twenty-six weeks ended June 30, 2021]] rose.", "2021-H1"),
          match("Sales for the [[39 weeks ended October 1, 2022]] rose.", "2022-9M"),
          match("Sales in the [[second half-year ended December 31, 2019]] rose.", "2019-H2"),
          match("Its net profit for the [[first quarter of the year, ending on March 31, 2022]] increased by 64%.", "2022-Q1"),
          match("Revenue for the [[half-year ended 31 December 2022]] rose 5%.", "2022-H1"),
          match("Net profit for the [[half year to June 30, 2021]] was $5 million.", "2021-H1"),
          match("Profit for the [[six months through Sept. 30]] rose.", "H1"),
          match("It lost $3 million in the [[three months ended May 31]].", "Q2"),
          match("Sales for the [[nine months ended July 31, 2021]] rose.", "2021-9M"),
          match("Costs in the three- and [[six-month periods ended May 31, 2021]] rose.", "2021-H1"),
          noMatch("Three months later revenue rose."),
          noMatch("The quarter ended with record orders."),
          match("Net profit fell in the [[three months to the end of June 2020]] .", "2020-Q2"),
          noMatch("The six months to March were hard."))
          .startingWith(StartSet.anywhere(StartSet.bothCases("tsnflqh") + "1234569"));

  /** "three" of "the three and nine months ended September 30, 2015": the quarter of that date. */
  static final PeriodRule QUARTER_BESIDE_MONTHS =
      PeriodRule.of(
          "period.quarter_beside_months",
          // "the three months and year ended December 31, 2020": the quarter, then the year-ended rule's year
          // "the three- and six-month periods ended May 31, 2021" as well
          "(?<![\\d.,])(?:three|3)(?=(?:-?\\s+and\\s+(?:six|nine|twelve|6|9|12)[\\s-]+months?|[\\s-]+months?\\s+and\\s+(?:the\\s+)?(?:fiscal\\s+|full\\s+)?years?)\\s+(?:periods?\\s+)?(?:end(?:ed|ing)|to|through)\\s+"
              + "(?:(?<day>" + DAY + ")\\s+(?<dmonth>" + MONTH + ")|(?<month>" + MONTH + ")(?:\\s+(?<mday>" + DAY + "))?)(?:\\s*,?\\s*" + YEAR + ")?)",
          m -> {
            int end = monthNumber(m.group("month") != null ? m.group("month") : m.group("dmonth"));
            String quarter = "Q" + ((end + 2) / 3);
            return absolute(m.group("year") == null ? new Period(0, 0, quarter) : Period.partOf(year(m), quarter));
          },
          match("For the [[three]] and nine months ended September 30, 2016, net loss was $3.1 million and $8.2 million, respectively.", "2016-Q3"),
          match("Revenue for the [[three]] and six months ended June 30, 2018 was $4 million and $7 million, respectively.", "2018-Q2"),
          match("Sales for the [[3]] and 9 months ended 30 September 2012 were flat.", "2012-Q3"),
          match("R&D expenses in the [[three]]- and six-month periods ended May 31, 2021 rose.", "2021-Q2"),
          match("Revenue was $12.1 million and $40.3 million for the [[three]] and twelve months ended December 31, 2021, respectively.", "2021-Q4"),
          match("Total revenues for the [[three]] months and year ended December 31, 2020 were $21.8 million and $144.4 million, respectively.", "2020-Q4"),
          noMatch("Three and nine are odd numbers; sales rose in 2012."))
          .startingWith(StartSet.anywhere(StartSet.bothCases("t") + "3"));

  /** "the final three months of 2006" → 2006-Q4, "the first three months of 2010" → 2010-Q1. */
  static final PeriodRule THREE_MONTHS_OF =
      PeriodRule.of(
          "period.three_months_of",
          "\\b(?<which>first|last|final|closing)\\s+(?:three|3)[\\s-]+months\\s+of\\s+(?:the\\s+)?(?:(?:fiscal|financial)\\s+(?:year\\s+)?)?(?:" + YEAR + "|year\\b)",
          m -> {
            String quarter = m.group("which").toLowerCase(Locale.ROOT).equals("first") ? "Q1" : "Q4";
            return absolute(m.group("year") == null ? new Period(0, 0, quarter) : Period.partOf(year(m), quarter));
          },
          match("It lost $263 million in the [[final three months of 2006]] .", "2006-Q4"),
          match("Revenue in the [[last three months of 2019]] rose.", "2019-Q4"),
          match("Sales in the [[first three months of 2010]] were EUR 4 mn .", "2010-Q1"),
          match("Profit in the [[final three months of the year]] fell.", "Q4"),
          noMatch("Sales over the last three months rose 4%."))
          .startingWith(StartSet.anywhere(StartSet.bothCases("flc")));

  /** "the March 2023 quarter" → 2023-Q1, "the June quarter" → Q2: a quarter named by its last month. */
  static final PeriodRule QUARTER_BY_MONTH =
      PeriodRule.of(
          "period.quarter_by_month",
          "\\b(?<month>March|June|September|December|Mar|Jun|Sept?|Dec)\\.?[\\s-]+(?:" + YEAR + "[\\s-]+)?quarter\\b",
          m -> {
            String quarter = "Q" + monthNumber(m.group("month")) / 3;
            return absolute(m.group("year") == null ? new Period(0, 0, quarter) : Period.partOf(year(m), quarter));
          },
          match("Revenue for the [[March 2023 quarter]] was Rs 466 crore.", "2023-Q1"),
          match("Its [[June quarter]] sales rose 8%.", "Q2"),
          match("Net profit in the [[December-quarter]] doubled.", "Q4"),
          match("Sales in the [[Sept 2021 quarter]] were flat.", "2021-Q3"),
          noMatch("In March the quarterly dividend was raised; sales rose in 2021."))
          .startingWith(StartSet.anywhere(StartSet.bothCases("mjsd")));

  static final PeriodRule QUARTER =
      PeriodRule.of(
          "period.quarter",
          ORDINAL + "[\\s-]+quarter" + OF_YEAR,
          m -> absolute(part(m, "Q" + ordinal(m.group("ord")))),
          match("Demand was weak in the [[third quarter of 2010]] .", "2010-Q3"),
          match("Net profit rose in the [[third quarter of the year 2001]] .", "2001-Q3"),
          match("Revenues totaled Ps. 2,847.4 million in the [[first quarter of year 2008]] .", "2008-Q1"),
          match("UPM reported a [[third-quarter]] net loss.", "Q3"),
          match("Margins slipped in the [[third quarter of fiscal 2012]] .", "2012-Q3"),
          match("Operating profit in the [[fourth quarter]] fell.", "Q4"),
          match("Operating income was EUR 2.05 mn in the [[last quarter of 2008]] .", "2008-Q4"),
          match("[[Fourth quarter 2019]] net income was $19.7 million.", "2019-Q4"),
          match("Revenue for the [[first quarter of FY21]] stood at Rs 2,450 lakh.", "2021-Q1"),
          noMatch("A quarter of its sales come from Asia."))
          .startingWith(StartSet.anywhere(StartSet.bothCases("fstl") + "1234"));

  /** "the 2018 fourth quarter" → 2018-Q4, "the fiscal 2011 third quarter" → 2011-Q3, "its 2019 first half" → 2019-H1. */
  static final PeriodRule YEAR_THEN_PART =
      PeriodRule.of(
          "period.year_then_part",
          "(?:(?:fiscal|financial)\\s+)?(?<![\\d.,$€£])" + YEAR + "\\s+(?:fiscal\\s+)?(?:" + PART + "|(?<halfyear>half)[\\s-]year)(?![\\p{L}])",
          // "its 2023 half-year revenue": the interim half, the first (see the half rule)
          m -> absolute(Period.partOf(year(m), m.group("halfyear") != null ? "H1" : partNamed(m))),
          match("Adjusted EBITDA was $4.2 million in the [[2018 fourth quarter]] .", "2018-Q4"),
          match("Net income for the [[fiscal 2011 third quarter]] rose to $397,000 .", "2011-Q3"),
          match("Sales in its [[2019 first half]] grew 4% .", "2019-H1"),
          match("Its [[2023 half-year]] revenue rose by 32.3 per cent.", "2023-H1"),
          match("Costs in the [[2020 fiscal second quarter]] fell.", "2020-Q2"),
          noMatch("In 2018, fourth-quarter sales rose."),
          noMatch("It sold 2018 first editions."),
          noMatch("Revenue was $2019 first quarter."))
          .startingWith(StartSet.anywhere(StartSet.bothCases("f") + "12"));

  /**
   * "the fourth quarter a year ago", "last year's third quarter", "the prior-year first half": a
   * quarter or half of the year before the figure it is compared with.
   */
  static final PeriodRule RELATIVE_PART =
      PeriodRule.of(
          "period.relative_part",
          "(?:(?<before>(?:the\\s+)?(?:last|previous|prior|preceding)\\s+year['’]s|(?:the\\s+)?(?:prior|previous|year)[-\\s](?:year|ago|earlier))\\s+(?:fiscal\\s+)?)?" + PART
              + "(?<after>\\s+(?:of\\s+)?(?:a\\s+year\\s+(?:earlier|ago|before)|last\\s+year|the\\s+(?:previous|prior|preceding)\\s+(?:fiscal\\s+|financial\\s+)?year)(?![\\p{L}]))?",
          // A part with neither is the quarter rule's or the half rule's.
          m -> m.group("before") == null && m.group("after") == null
              ? null
              : new PeriodMention(PeriodMention.Kind.RELATIVE, new Period(0, 0, partNamed(m)), 1, new Span(0, 0), ""),
          match("Sales were $131.5 million, against $132.3 million in the [[fourth quarter a year ago]] .", "-1 Q4"),
          match("EBITDA was $4.2 million, against a $0.1 million loss in [[last year’s fourth quarter]] .", "-1 Q4"),
          match("Revenue rose from $8 million in [[the prior-year third quarter]] .", "-1 Q3"),
          match("Profit rose from EUR 3 mn in the [[first half of the previous year]] .", "-1 H1"),
          match("Costs fell from $5 million in [[the year-ago second quarter]] .", "-1 Q2"),
          noMatch("The fourth quarter was strong, as it was last year."),
          noMatch("Last year's results were restated."))
          .startingWith(StartSet.anywhere(StartSet.bothCases("tlpyfs") + "1234"));

  static final PeriodRule QUARTER_CODE =
      PeriodRule.of(
          "period.quarter_code",
          "\\b(?:Q(?<q>[1-4])(?:\\s*/?\\s*(?:FY\\s?)?" + YEAR + "|\\s*FY\\s?'?(?<fyy>\\d{2})(?!\\d))?|(?<q2>[1-4])Q\\s?(?:FY\\s?)?(?:(?<y4>(?:19|20)\\d{2})(?!\\d)|(?<yy>\\d{2})\\b))",
          m -> absolute(
              m.group("q2") != null
                  ? Period.partOf(m.group("y4") != null ? Integer.parseInt(m.group("y4")) : 2000 + Integer.parseInt(m.group("yy")), "Q" + m.group("q2"))
                  : m.group("fyy") != null ? Period.partOf(2000 + Integer.parseInt(m.group("fyy")), "Q" + m.group("q")) : part(m, "Q" + m.group("q"))),
          match("Net earnings of $672 million in [[Q4 2019]] rose.", "2019-Q4"),
          match("Sales were strong in [[Q2 2009]] .", "2009-Q2"),
          match("Revenue in [[Q1]] was flat.", "Q1"),
          match("Revenue in [[3Q10]] was flat.", "2010-Q3"),
          match("Sales in the [[2Q 2016]] came to EUR 845 million.", "2016-Q2"),
          match("Revenue for [[Q3 FY21]] was Rs 412 crore.", "2021-Q3"),
          match("Net profit for the [[3QFY2024]] ended September rose.", "2024-Q3"),
          match("Adjusted EBITDA for the [[Q1/2023]] was negative.", "2023-Q1"),
          noMatch("The 4Q team met in 2016."),
          noMatch("The Q-ratio was flat."))
          .startingWith(StartSet.anywhere(StartSet.bothCases("q") + "1234"));

  static final PeriodRule HALF =
      PeriodRule.of(
          "period.half",
          // "the first twenty-six weeks of fiscal 2022" is a retailer's first half
          "(?:(?:(?<ord>first|second|1st|2nd)[\\s-]+(?:half(?:[\\s-]+year)?|six[\\s-]months?(?:\\s+period)?|semester)|(?<weeks26>first\\s+(?:twenty-six|26)\\s+weeks)"
              // "half-year revenue", "the half-yearly profit": the interim half, the first (one that ends is the year-ended rule's)
              + "|(?<![\\p{L}-])(?<halfyear>half[\\s-]year(?:ly)?)(?![\\s-]+(?:end(?:ed|ing)\\b|to\\b(?!\\s+(?:[\\d$€£¥₹]|(?-i:[A-Z][A-Za-z]{0,3})\\$?[ \\u00a0]?\\d)))))" + OF_YEAR + "|\\bH(?<h>[12])(?:(?:\\s*|\\s+of\\s+)FY\\s?'?(?<hfy>\\d{2})(?!\\d)|\\b(?:(?:\\s*|/|\\s+of\\s+)" + YEAR.replace("<year>", "<hyear>") + ")?)"
              + "|\\b(?<h2>[12])H\\s?(?:FY\\s?)?(?:(?<h2y4>(?:19|20)\\d{2})(?!\\d)|(?<h2yy>\\d{2})\\b)"
              // "the six-month period", "the six months": the first half (a stated end is the months-ended rule's)
              + "|\\bthe\\s+(?<six>six|6)[\\s-]months?(?:\\s+period)?(?![\\p{L}])"
              // "After six months of the financial year 2022/23": the first half of that year
              + "|(?<![\\p{L}\\d])(?<sixof>six|6)[\\s-]months\\s+of\\s+the\\s+(?:fiscal|financial)\\s+year\\s+" + YEAR.replace("<year>", "<sixyear>") + YEAR_END_DIGITS.replace("<yend>", "<sixyend>") + ")",
          m -> m.group("h") != null
              ? absolute(m.group("hyear") != null ? Period.partOf(Integer.parseInt(m.group("hyear")), "H" + m.group("h"))
                  : m.group("hfy") != null ? Period.partOf(2000 + Integer.parseInt(m.group("hfy")), "H" + m.group("h")) : Period.partOf(0, "H" + m.group("h")))
              : m.group("h2") != null
              ? absolute(Period.partOf(m.group("h2y4") != null ? Integer.parseInt(m.group("h2y4")) : 2000 + Integer.parseInt(m.group("h2yy")), "H" + m.group("h2")))
              : m.group("six") != null ? absolute(Period.partOf(0, "H1"))
              : m.group("sixof") != null ? absolute(Period.partOf(fiscalEnd(m.group("sixyear"), m.group("sixyend")), "H1"))
              : m.group("weeks26") != null || m.group("halfyear") != null ? absolute(part(m, "H1"))
              : absolute(part(m, "H" + ordinal(m.group("ord")))),
          match("Costs fell in the [[first half of 2011]] .", "2011-H1"),
          match("Net profit hit EGP 435.5 million in the [[first half (H1) of 2023]] .", "2023-H1"),
          match("For the [[first half of the 2019 financial year]] , revenue was €714.6 million.", "2019-H1"),
          match("Sales in [[H1 2009]] grew.", "2009-H1"),
          match("The Group recorded revenue of $103.3 million for [[1H2025]] .", "2025-H1"),
          match("Profit in [[1H FY24]] rose.", "2024-H1"),
          match("Revenue in [[H1FY25]] rose.", "2025-H1"),
          match("It was up from the $0.25 million loss it made in [[H1 of FY20]] .", "2020-H1"),
          match("Revenue for [[the six-month period]] climbed 31 per cent.", "H1"),
          match("After [[six months of the financial year 2022/23]] , revenue was DKK 492 million.", "2023-H1"),
          match("[[First-half 2022]] sales reached $1.1 billion.", "2022-H1"),
          match("[[Second-half]] EBITDA rose 4% to $310 million.", "H2"),
          match("[[Half-year]] revenue climbed to A$80 million.", "H1"),
          match("It posted revenues of IDR 2.15 trillion in the [[first semester of 2022]] .", "2022-H1"),
          match("Sales in the [[second semester]] grew.", "H2"),
          match("The [[half-yearly]] profit was EUR 4 mn .", "H1"),
          noMatch("Revenue for the half-year ended 31 December 2022 rose."),
          match("It posted a 12.1% growth in net profit for the [[half-year]] to 37.1 billion shillings.", "H1"),
          noMatch("Half of the year's sales came in May."),
          match("Gross profit was $104.0 million for the [[first twenty-six weeks of fiscal 2022]] .", "2022-H1"),
          noMatch("The 1H team met in 2016."),
          match("Revenue was EUR 77.8 million in [[H1/2018]] .", "2018-H1"),
          match("Sales in the [[second half]] grew.", "H2"),
          match("Revenue rose 12 % in the [[first half of 2021 / 22]] .", "2022-H1"),
          match("Costs fell in the [[second half of FY2019]] .", "2019-H2"),
          match("Net sales for the [[first six months of 2009]] dropped 27.4 pct .", "2009-H1"),
          noMatch("Half of its revenue is recurring."))
          .startingWith(StartSet.anywhere(StartSet.bothCases("fsht") + "12"));

  static final PeriodRule NINE_MONTHS =
      PeriodRule.of(
          "period.nine_months",
          // "the first thirty-six weeks of fiscal 2018": a retailer's three twelve-week quarters
          "(?:(?:first\\s+)?(?:nine|(?<![\\d.,])9)[\\s-]months?(?:\\s+period)?|first\\s+three\\s+quarters|first\\s+(?:thirty-six|36)\\s+weeks)" + OF_YEAR,
          m -> absolute(part(m, "9M")),
          match("Orders grew in the [[first nine months of 2006]] .", "2006-9M"),
          match("Net sales for the [[first thirty-six weeks of fiscal 2018]] increased 12.0 percent.", "2018-9M"),
          match("Over the [[first nine months (9M) of FY21/22]] , it turned profitable.", "2022-9M"),
          match("Over the [[first nine months of 2013]] , demand held up.", "2013-9M"),
          match("Profit for the [[nine months]] rose.", "9M"),
          match("Net profit for the [[nine-month period]] was EUR 1 mn .", "9M"),
          match("During the [[first three quarters of 2008]] , profit rose .", "2008-9M"),
          match("R&D spending in [[nine months FY2021]] was Rs 80 crore .", "2021-9M"),
          match("Profit was Rs 52 crore ( [[9 Months FY 2020]] Rs 47 crore ) .", "2020-9M"),
          match("Sales for the [[nine months of 2019-20]] rose .", "2020-9M"),
          noMatch("It took nine weeks."))
          .startingWith(StartSet.anywhere(StartSet.bothCases("fn") + "9"));

  /** A part with a two-digit year after a dash or apostrophe ("9M-23", "Q3-23", "H1'22"), and "9M 2023". */
  static final PeriodRule PART_DASH_YEAR =
      PeriodRule.of(
          "period.part_dash_year",
          "(?<![\\p{L}\\d])(?:Q(?<q>[1-4])|H(?<h>[12])|(?<nm>9M))(?:[-\u2013'\u2019](?<yy>\\d{2})|(?<=9M)[ \\u00a0]?(?<y4>(?:19|20)\\d{2}))(?![\\p{L}\\d]|[.,]\\d)",
          m -> absolute(Period.partOf(m.group("y4") != null ? Integer.parseInt(m.group("y4")) : 2000 + Integer.parseInt(m.group("yy")),
              m.group("q") != null ? "Q" + m.group("q") : m.group("h") != null ? "H" + m.group("h") : "9M")),
          match("Revenues reached EGP 4.1 billion in [[9M-23]] .", "2023-9M"),
          match("Net profit fell to EGP 900 million in [[Q3-22]] .", "2022-Q3"),
          match("Sales in [[H1'24]] rose.", "2024-H1"),
          match("Net income for [[9M 2021]] was SAR 2 billion.", "2021-9M"),
          match("Sales grew in [[q2-19]] .", "2019-Q2"),
          noMatch("The Q3-2 test rig and the H1-B visa were discussed."),
          noMatch("The 9M users joined in 2019."))
          .startingWith(StartSet.anywhere(StartSet.bothCases("qh") + "9"));

  static final PeriodRule MONTH_RANGE =
      PeriodRule.of(
          "period.month_range",
          // "to EGP 1.90 billion over the January-September period of 2022": "over" measures the span, it compares nothing
          "(?:from\\s+|(?<![\\p{L}])over\\s+the\\s+)?(?:" + DAY + "\\s+)?\\b(?<from>Jan(?:uary)?|Apr(?:il)?|July?|Oct(?:ober)?)\\.?(?:\\s+" + DAY + ")?\\s*(?:-|–|to|through)\\s*"
              + "(?:" + DAY + "\\s+)?(?<to>Mar(?:ch)?|June?|Sep(?:t(?:ember)?)?|Dec(?:ember)?)\\b\\.?(?:\\s+" + DAY + ")?(?:\\s*,?\\s*(?:period\\s+of\\s+)?" + YEAR + "|\\s+period\\b"
              // "its July-September fiscal second quarter": the quarter the company numbers
              + "|\\s+(?:fiscal\\s+|financial\\s+)?(?<fq>first|second|third|fourth)[\\s-]+quarter\\b)?",
          PeriodRules::monthRange,
          match("In [[July-September 2009]] , sales decreased.", "2009-Q3"),
          match("[[October-December]] sales were 302 mln eur .", "Q4"),
          match("Demand in [[July to September]] was weak.", "Q3"),
          match("Sales in [[January-September 2008]] rose.", "2008-9M"),
          match("In [[April-June 2008]] , net sales totalled EUR 58.7 mn .", "2008-Q2"),
          match("Sales in the period [[from January to March 2010]] were EUR 22.7 million .", "2010-Q1"),
          match("Sales rose in the [[April-June period of 2010]] .", "2010-Q2"),
          match("[[1 January – 30 September 2006]] compared with the previous year", "2006-9M"),
          match("Net profit rose in [[Jan-Jun 2015]] .", "2015-H1"),
          match("Its profit rose in the [[April-September period]].", "H1"),
          match("Net income in its [[July-September fiscal second quarter]] rose.", "Q2"),
          match("Revenues rose to EGP 1.9 billion [[over the January-September period of 2022]] .", "2022-9M"),
          match("Sales in [[October-March]] fell.", "H2"),
          noMatch("From March to May the plant was closed."),
          noMatch("The October-November promotion lifted sales in 2019."))
          .startingWith(StartSet.anywhere(StartSet.bothCases("fjao") + "0123456789"));

  static final PeriodRule FISCAL_YEAR =
      PeriodRule.of(
          "period.fiscal_year",
          "(?:the\\s+)?" + YEAR.replace("<year>", "<before>") + "\\s+(?:fiscal|financial)\\s+year"
              + "|(?:\\b(?:fiscal|financial)(?:\\s+year)?\\s+|\\bFY\\s?)(?<split>(?:19|20)\\d{2})[-–/](?:(?<end4>(?:19|20)\\d{2})|(?<end>\\d{2}))(?!\\d)"
              + "|\\bFY\\s?'?\\d{2}\\s?[-–/]\\s?(?<fyend>\\d{2})(?!\\d)"
              + "|(?:\\b(?:fiscal|financial)(?:\\s+year)?\\s+" + YEAR + "|\\bFY\\s?'?(?:(?<fy4>(?:19|20)\\d{2})|(?<fy2>\\d{2}))(?!\\d))",
          m -> absolute(Period.year(
              // "FY2019-20" is the year that ends in 2020 (Indian and Australian filers).
              m.group("before") != null ? Integer.parseInt(m.group("before"))
                  : m.group("end4") != null ? Integer.parseInt(m.group("end4"))
                  : m.group("split") != null ? Integer.parseInt(m.group("split").substring(0, 2) + m.group("end"))
                  : m.group("fyend") != null ? 2000 + Integer.parseInt(m.group("fyend"))
                  : m.group("year") != null ? year(m)
                  : m.group("fy4") != null ? Integer.parseInt(m.group("fy4")) : 2000 + Integer.parseInt(m.group("fy2")))),
          match("Headcount grew in [[fiscal 2019]] .", "2019"),
          match("EBITDA improved from $62.6 million in [[FY18]] .", "2018"),
          match("Revenue grew 19% in [[FY 2019]] .", "2019"),
          match("Sales grew in [[fiscal year 2019]] .", "2019"),
          match("EBITDA for [[FY2019-20]] was Rs 85.3 crore .", "2020"),
          match("Net profit for [[FY 2021/2022]] was EGP 2.4 billion.", "2022"),
          match("Revenue in [[FY24-25]] rose.", "2025"),
          match("Profit for [[FY21/22]] turned positive.", "2022"),
          match("Sales were EUR 3.2 bn in [[the 2019 financial year]] .", "2019"),
          noMatch("The fiscal year ends in March."))
          .startingWith(StartSet.anywhere(StartSet.bothCases("tf") + "12"));

  /** "2022-23", "2018/19", "2022 / 23": a fiscal year named by both calendar years is the later one. */
  static final PeriodRule SPLIT_YEAR =
      PeriodRule.of(
          "period.split_year",
          "(?<![\\d.,$€£/-])" + YEAR + "(?:[-–]|\\s?/\\s?)(?<end>\\d{2})(?![\\d%/.,-]\\d|\\d|\\s?(?:%|per\\s?cent))"
              // "2021/2022": with a slash, both years written out are one fiscal year too (a dash is a range).
              + "|(?<![\\d.,$€£/-])(?<slashed>(?:19|20)\\d{2})\\s?/\\s?(?<end4>(?:19|20)\\d{2})(?![\\d%/.,-]\\d|\\d)",
          m -> m.group("slashed") != null
              ? (Integer.parseInt(m.group("end4")) == Integer.parseInt(m.group("slashed")) + 1 ? absolute(Period.year(Integer.parseInt(m.group("end4")))) : null)
              : Integer.parseInt(m.group("end")) == (year(m) + 1) % 100 ? absolute(Period.year(year(m) + 1)) : null,
          match("Operating revenue rose 41% to Rs 980 crore in [[2021-22]] .", "2022"),
          match("The group made an operating profit of £3.1m for [[2017/18]] .", "2018"),
          match("Revenue for [[2020 / 21]] was £45 million.", "2021"),
          match("EBITDA in [[1999-00]] fell.", "2000"),
          match("Net profit during fiscal year (FY) [[2021/2022]] was EGP 2.42 billion.", "2022"),
          noMatch("Revenue grew over 2019/2021."),
          noMatch("Revenue was $4 million on 2019-05-14."),
          noMatch("The ratio was 2019/27 in the filing."))
          .startingWith(StartSet.anywhere("12"));

  static final PeriodRule YEAR_RANGE =
      PeriodRule.of(
          "period.year_range",
          "between\\s+" + FISCAL + "(?<first2>(?:19|20)\\d{2})\\s+and\\s+" + FISCAL + "(?<last2>(?:19|20)\\d{2})(?!\\d)"
              + "|(?:from\\s+)?" + FISCAL + "(?<first>(?:19|20)\\d{2})\\s*(?:-|–|to|through)\\s*" + FISCAL + "(?<last>(?:19|20)\\d{2})(?!\\d)",
          m -> {
            int first = Integer.parseInt(m.group("first") != null ? m.group("first") : m.group("first2"));
            int last = Integer.parseInt(m.group("last") != null ? m.group("last") : m.group("last2"));
            return last > first ? absolute(Period.range(first, last)) : null;
          },
          match("Revenue grew at a CAGR of 24% [[between 2010 and 2015]] .", "2010-2015"),
          match("The [[2018-2023]] compound annual growth rate was 17%.", "2018-2023"),
          match("A CAGR of 17% over the five years [[from fiscal 2018 to fiscal 2023]].", "2018-2023"),
          noMatch("The 2015 figure was restated."))
          .startingWith(StartSet.anywhere(StartSet.bothCases("bf") + "12"));

  static final PeriodRule RELATIVE =
      PeriodRule.of(
          "period.relative",
          "(?:(?:in\\s+|for\\s+)?(?:the|a)\\s+(?:same|corresponding|comparable|similar)\\s+(?:period|quarter)\\s+(?:a\\s+year\\s+(?:earlier|ago|before)|(?:of\\s+|in\\s+)?(?:last|the\\s+previous|the\\s+prior)\\s+(?:year|fiscal(?:\\s+year)?|financial\\s+year)))"
              // "Rs 48 crore in the year-ago quarter of last fiscal", "up from last fiscal": Indian usage for the fiscal year before
              + "|\\b(?:last|previous)\\s+fiscal(?![\\p{L}])(?!\\s+(?:year|quarter|half|20\\d\\d))"
              + "|\\b(?:the\\s+)?prior\\s+corresponding\\s+period|\\b(?:the\\s+)?year[-\\s](?:earlier|ago)\\s+(?:quarter|period|half|months?)|\\bpcp\\b|\\ba\\s+year\\s+(?:earlier|ago|before|previously)|\\bthe\\s+year\\s+before(?![\\p{L}])|\\bpreviously(?=\\s*(?:[.,;)]|$))|\\b(?:the\\s+)?(?:prior|previous|preceding)[-\\s](?:fiscal\\s+|financial\\s+)?year(?:\\s+period|\\s+quarter)?|\\blast\\s+year|\\byear[-\\s]on[-\\s]year|\\byear[-\\s]over[-\\s]year|\\by-o-y\\b",
          m -> new PeriodMention(PeriodMention.Kind.RELATIVE, Period.NONE, 1, new Span(0, 0), ""),
          match("Profit rose from EUR 3.2 million [[a year earlier]] .", "-1"),
          match("Demand was higher [[in the corresponding period last year]] .", "-1"),
          match("Growth was faster than in [[the prior year]].", "-1"),
          match("Revenue rose to $5 million from $4 million in [[the prior-year period]].", "-1"),
          match("EBIT was $84.6 million, against $91.2 million in [[the prior corresponding period]].", "-1"),
          match("Profit slipped , against EUR 6.8 mn in [[the year-earlier quarter]] .", "-1"),
          match("Sales fell , as they had [[for the corresponding period a year ago]] .", "-1"),
          match("Revenue fell to RM1.27 billion from RM1.85 billion [[previously]].", "-1"),
          match("Net profit rose to Rs 245 million against Rs 107 million [[in the same period last fiscal]] .", "-1"),
          match("This was up from KShs 16.1 billion reported [[a similar period last year]] .", "-1"),
          match("Revenue rose to Rs 700 crore from Rs 610 crore [[last fiscal]] .", "-1"),
          match("Revenues jumped to SAR 189.6 million, against SAR 103.4 million in [[the year before]] .", "-1"),
          noMatch("The plan for the last fiscal quarter was set."),
          noMatch("It previously reported a loss."),
          noMatch("The year was a record."))
          .startingWith(StartSet.anywhere(StartSet.bothCases("iftpyal")));

  static final PeriodRule LAST_YEARS =
      PeriodRule.of(
          "period.last_years",
          "\\b(?:last|past|previous|preceding)\\s+(?<n>\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\\s+(?:fiscal\\s+|financial\\s+)?years",
          m -> {
            String n = m.group("n").toLowerCase(Locale.ROOT);
            int years = WORDS.containsKey(n) ? WORDS.get(n) : Integer.parseInt(n);
            return new PeriodMention(PeriodMention.Kind.LAST_YEARS, Period.NONE, years, new Span(0, 0), "");
          },
          match("Sales doubled over the [[last five years]] .", "5"),
          match("Revenue grew at 17% a year over the [[past 5 years]] .", "5"),
          match("A CAGR of 12% over the [[previous three fiscal years]] .", "3"),
          noMatch("In the last year the company grew."))
          .startingWith(StartSet.anywhere(StartSet.bothCases("lp")));

  /** Calendar dates are points in time, not reporting periods: they must not lend their year. */
  static final PeriodRule DATE =
      PeriodRule.of(
          "period.date",
          "\\b(?:" + MONTH + "\\s+\\d{1,2}\\s*,?\\s*" + ANY_YEAR + "|\\d{1,2}\\s+" + MONTH + "\\s*,?\\s*" + ANY_YEAR + "|" + MONTH + "\\s+" + ANY_YEAR + ")",
          m -> new PeriodMention(PeriodMention.Kind.DATE, Period.NONE, 0, new Span(0, 0), ""),
          match("( Reuters ) - [[Mar 3 , 2008]] - The lender said profit rose.", "date"),
          match("[[16 July 2010]] - Ruukki said today it turned to a profit.", "date"),
          match("It agreed to acquire the firm in [[September 2007]] .", "date"),
          noMatch("Net sales in 2008 rose."))
          .startingWith(StartSet.anywhere(StartSet.bothCases("jfmasond") + "0123456789"));

  /** "at the end of the third quarter", "at year-end 2009": a point in time, not a reporting period. */
  static final PeriodRule POINT_IN_TIME =
      PeriodRule.of(
          "period.point_in_time",
          "(?:at\\s+)?(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?(?:(?:first|second|third|fourth)[\\s-]+quarter|(?:fiscal\\s+|financial\\s+)?year|" + ANY_YEAR + ")(?:\\s+(?:of\\s+)?" + ANY_YEAR + ")?|\\byear[-\\s]end(?:\\s+" + ANY_YEAR + ")?|\\bas\\s+(?:of|at)\\s+(?:the\\s+end\\s+of\\s+)?" + ANY_YEAR,
          m -> new PeriodMention(PeriodMention.Kind.DATE, Period.NONE, 0, new Span(0, 0), ""),
          match("Users numbered 3.1 million [[at the end of the third quarter]] .", "date"),
          match("Cash stood at EUR 5 mn at [[year-end 2009]] .", "date"),
          match("Net debt was EUR 5 mn [[as of 2009]] .", "date"),
          noMatch("Net sales rose in the fourth quarter of 2009 ."))
          .startingWith(StartSet.anywhere(StartSet.bothCases("atey")));

  /** "for the full fiscal year", "full-year": the year of the figure before, without its part. */
  static final PeriodRule FULL_YEAR =
      PeriodRule.of(
          "period.full_year",
          "\\b(?:the\\s+full\\s+(?:fiscal\\s+|financial\\s+)?year|full-year)(?!\\s+(?:19|20)\\d{2})",
          m -> new PeriodMention(PeriodMention.Kind.FULL_YEAR, Period.NONE, 0, new Span(0, 0), ""),
          match("Revenue was $73.4 million in the fourth quarter and $276.0 million for [[the full fiscal year]].", "full"),
          match("Sales for [[the full year]] rose .", "full"),
          match("[[Full-year]] profit rose .", "full"),
          noMatch("It reflects a full year of contribution from the acquired businesses ."))
          .startingWith(StartSet.anywhere(StartSet.bothCases("tf")));

  /** "the full year 2022", "full year of 2020", "full-year 2019": that year. */
  static final PeriodRule FULL_YEAR_OF =
      PeriodRule.of(
          "period.full_year_of",
          "\\b(?:(?:the\\s+)?full\\s+(?:fiscal\\s+|financial\\s+)?year\\s+(?:of\\s+)?|full-year\\s+)(?:fiscal\\s+)?" + YEAR,
          m -> absolute(Period.year(year(m))),
          match("R&D expenses were $27.5 million and $81.9 million for the fourth quarter and [[full year 2022]], respectively.", "2022"),
          match("Net loss was $9.8 million for [[the full year of 2020]] .", "2020"),
          match("[[Full-year 2019]] revenue rose 4%.", "2019"),
          noMatch("A full year of sales is expected."))
          .startingWith(StartSet.anywhere(StartSet.bothCases("tf")));

  /**
   * "the corresponding periods in 2021": the same parts of the year as a list of periods before
   * it, in that year (see PeriodLinker's lists).
   */
  static final PeriodRule CORRESPONDING_PERIODS =
      PeriodRule.of(
          "period.corresponding_periods",
          "\\b(?:the\\s+)?(?:corresponding|comparable|same)\\s+periods\\s+(?:in|of)\\s+(?:fiscal\\s+)?" + YEAR,
          m -> absolute(Period.year(year(m))),
          match("It compares to $57.8 million and $167.2 million for [[the corresponding periods in 2021]] .", "2021"),
          match("Costs were $4 million and $9 million in [[the same periods of 2019]] .", "2019"),
          match("Sales were $3 million and $8 million in [[comparable periods in fiscal 2018]] .", "2018"),
          noMatch("The corresponding period in 2021 was weaker."))
          .startingWith(StartSet.anywhere(StartSet.bothCases("tcs")));

  /** "since 2005": where a trend starts, not the period of a figure. */
  static final PeriodRule SINCE =
      PeriodRule.of(
          "period.since",
          "\\bsince\\s+(?:(?:fiscal|FY)\\s?)?" + ANY_YEAR,
          m -> new PeriodMention(PeriodMention.Kind.DATE, Period.NONE, 0, new Span(0, 0), ""),
          match("Revenue has grown by 15 % a year [[since 2005]] .", "date"),
          match("Sales doubled [[since fiscal 2012]] .", "date"),
          match("It has been listed [[since 1999]] .", "date"),
          noMatch("Sales rose in 2005 ."))
          .startingWith(StartSet.anywhere(StartSet.bothCases("s")));

  static final PeriodRule YEAR_RULE =
      PeriodRule.of(
          "period.year",
          "(?<![\\d.,$€£])(?:(?:the\\s+)?year\\s+)?" + YEAR + "(?![\\d%])(?!\\s?(?:%|percent|million|billion|mn|bn))",
          m -> absolute(Period.year(year(m))),
          match("Northwind booked revenues of $351.7 million in [[2015]].", "2015"),
          match("Costs for [[the year 2009]] were cut.", "2009"),
          match("The plant opened in [[2008]] .", "2008"),
          noMatch("It sold 2,015 units and 1,999 spare parts."))
          .startingWith(StartSet.anywhere(StartSet.bothCases("ty") + "12"));

  static final List<PeriodRule> ALL =
      List.of(FISCAL_YEAR_ENDED, MONTHS_ENDED, QUARTER_BESIDE_MONTHS, THREE_MONTHS_OF, QUARTER_BY_MONTH, YEAR_THEN_PART, RELATIVE_PART, QUARTER, QUARTER_CODE, HALF, NINE_MONTHS, PART_DASH_YEAR, MONTH_RANGE, FISCAL_YEAR, YEAR_RANGE,
          SPLIT_YEAR, RELATIVE, LAST_YEARS, FULL_YEAR_OF, CORRESPONDING_PERIODS, FULL_YEAR, POINT_IN_TIME, SINCE, DATE, YEAR_RULE);

  private static PeriodMention absolute(Period period) {
    return new PeriodMention(PeriodMention.Kind.ABSOLUTE, period, 0, new Span(0, 0), "");
  }

  /** "2022/23" ends in 2023 when its two digits are the year after; a lone "2022" is 2022. */
  private static int fiscalEnd(String year, String end) {
    int y = Integer.parseInt(year);
    return end != null && Integer.parseInt(end) == (y + 1) % 100 ? y + 1 : y;
  }

  private static int year(Matcher m) {
    return Integer.parseInt(m.group("year"));
  }

  private static Period part(Matcher m, String part) {
    int year = ofYear(m);
    return year == 0 ? new Period(0, 0, part) : Period.partOf(year, part);
  }

  /** The year of an OF_YEAR fragment ("of 2022 / 23" is 2023, "FY2020", "FY21"), or 0. */
  private static int ofYear(Matcher m) {
    if (m.group("year") != null) {
      return fiscalEnd(m.group("year"), group(m, "yend"));
    }
    if (group(m, "fyend") != null) {
      return 2000 + Integer.parseInt(m.group("fyend")); // "FY25-26", "FY2025-26": the year it ends in
    }
    if (group(m, "fy4") != null) {
      return Integer.parseInt(m.group("fy4"));
    }
    return group(m, "yy") != null ? 2000 + Integer.parseInt(m.group("yy")) : 0;
  }

  /** The named group, or null when the rule's pattern has no such group. */
  private static String group(Matcher m, String name) {
    return m.pattern().pattern().contains("<" + name + ">") ? m.group(name) : null;
  }

  /** The part of a year a PART fragment names: "Q4", "H1". */
  private static String partNamed(Matcher m) {
    return m.group("half") != null ? "H" + ordinal(m.group("half")) : "Q" + ordinal(m.group("ord"));
  }

  private static String ordinal(String word) {
    switch (word.toLowerCase(Locale.ROOT)) {
      case "first": case "1st": return "1";
      case "second": case "2nd": return "2";
      case "third": case "3rd": return "3";
      default: return "4"; // fourth, last, final
    }
  }

  private static PeriodMention monthsEnded(Matcher m) {
    String month = m.group("month") != null ? m.group("month") : m.group("dmonth");
    if (m.group("year") == null && m.group("day") == null && m.group("mday") == null) {
      return null; // "the six months to March were hard": a month alone names no period end
    }
    String part;
    String n = m.group("n") == null ? null : m.group("n").toLowerCase(Locale.ROOT); // "Six months ended …"
    String weeks = m.group("weeks") == null ? null : m.group("weeks").toLowerCase(Locale.ROOT);
    if (weeks != null || m.group("fq") != null) {
      // "13 weeks ended …" a quarter (of the month it ends in), "26 weeks" a half, "39 weeks" and "three fiscal quarters" nine months
      part = m.group("fq") != null || weeks.equals("39") || weeks.equals("thirty-nine") ? "9M"
          : weeks.equals("26") || weeks.equals("twenty-six") ? "H1" : "Q" + ((monthNumber(month) + 2) / 3);
    } else if (m.group("half") != null) {
      part = "H" + ordinal(m.group("half")); // "the first half ended 30 June 2025"
    } else if (m.group("halfyear") != null) {
      part = "H1"; // "the half-year ended 31 December 2022": the interim half, as every six-month window
    } else if (m.group("q") != null || n.equals("three") || n.equals("3")) {
      String ord = m.group("ord");
      boolean numbered = ord != null && !ord.equalsIgnoreCase("last") && !ord.equalsIgnoreCase("final");
      // A fiscal quarter keeps its stated number; an unnumbered one is the calendar quarter it ends in.
      part = "Q" + (numbered ? ordinal(ord) : Integer.toString((monthNumber(month) + 2) / 3));
    } else {
      // The labelling conventions read every six-month window as the first half.
      part = n.equals("six") || n.equals("6") ? "H1" : "9M";
    }
    return absolute(m.group("year") == null ? new Period(0, 0, part) : Period.partOf(year(m), part));
  }

  private static int monthNumber(String month) {
    List<String> names = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    return names.indexOf(month.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
  }

  private static PeriodMention monthRange(Matcher m) {
    String range = m.group("from").substring(0, 3).toLowerCase(Locale.ROOT) + "-" + m.group("to").substring(0, 3).toLowerCase(Locale.ROOT);
    String part;
    switch (range) {
      case "jan-mar": part = "Q1"; break;
      case "apr-jun": part = "Q2"; break;
      case "jul-sep": part = "Q3"; break;
      case "oct-dec": part = "Q4"; break;
      case "jan-jun": part = "H1"; break;
      case "jul-dec": part = "H2"; break;
      case "jan-sep": part = "9M"; break;
      // The halves of an April-to-March fiscal year (Japanese and Indian filers).
      case "apr-sep": part = "H1"; break;
      case "oct-mar": part = "H2"; break;
      case "jan-dec": part = ""; break;
      default: return null;
    }
    if (m.group("fq") != null) {
      part = "Q" + ordinal(m.group("fq"));
    }
    String y = m.group("year");
    if (y == null) {
      return part.isEmpty() ? null : absolute(new Period(0, 0, part));
    }
    return absolute(part.isEmpty() ? Period.year(Integer.parseInt(y)) : Period.partOf(Integer.parseInt(y), part));
  }
}
