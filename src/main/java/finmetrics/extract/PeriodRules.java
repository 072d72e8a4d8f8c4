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
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
  private static final String ORDINAL = "(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|final)";
  private static final String OF_YEAR =
      "(?:\\s+(?:of\\s+)?(?:the\\s+)?(?:(?:fiscal\\s+(?:year\\s+)?|financial\\s+year\\s+)?" + YEAR + "|FY\\s?'?(?<yy>\\d{2})(?!\\d)))?";
  private static final Map<String, Integer> WORDS =
      Map.of("two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10);

  static final PeriodRule FISCAL_YEAR_ENDED =
      PeriodRule.of(
          "period.year_ended",
          "(?:(?:fiscal|financial)\\s+)?(?:years?|twelve\\s+months|12\\s+months|1?2-month\\s+period|5[23]\\s+weeks|fifty-(?:two|three)\\s+weeks)\\s+(?:that\\s+)?(?:end(?:ed|ing)(?:\\s+(?:on|in))?|to)\\s+(?:end-)?"
              + "(?:" + MONTH + "\\s+\\d{1,2}\\s*,?\\s*|\\d{1,2}\\s+" + MONTH + "\\s*,?\\s*|" + MONTH + "\\s+)?" + YEAR,
          m -> absolute(Period.year(year(m))),
          match("Revenue in the [[fiscal year ended March 31, 2017]] hit $2.4 billion.", "2017"),
          match("Costs for the [[year ended December 31, 2016]] fell.", "2016"),
          match("R&D expenses were $18.2 million and $15.6 million for the [[years ended December 31, 2019]] and 2018, respectively.", "2019"),
          match("Sales in the [[fiscal year ended June 3, 2017]] were flat.", "2017"),
          match("Revenue was £2.1bn in the [[52 weeks ended 27 March 2021]].", "2021"),
          match("Gross profit was £24.1m in the [[year to 31 March 2019]].", "2019"),
          match("For the [[financial year that ended on 30 June 2009]] , turnover rose .", "2009"),
          match("Sales for the [[12-month period ended December 2009]] rose .", "2009"),
          match("Net sales for the [[financial year ending in October 2008]] totalled EUR 72.5 mn .", "2008"),
          noMatch("The year ended well for the team."));

  /** "the three months ended March 31, 2020" → 2020-Q1; six months → H1, nine months → 9M. */
  static final PeriodRule MONTHS_ENDED =
      PeriodRule.of(
          "period.months_ended",
          "(?:(?<n>three|six|nine|3|6|9)[\\s-]+months?|(?<q>quarter))\\s+(?:period\\s+)?(?:end(?:ed|ing)|to)\\s+(?:end-)?(?<month>" + MONTH + ")(?:\\s+\\d{1,2})?\\s*,?\\s*" + YEAR,
          PeriodRules::monthsEnded,
          match("Revenue for the [[three months ended March 31, 2020]] was $5.1 million.", "2020-Q1"),
          match("Net loss for the [[six months ended June 30, 2019]] was $2 million.", "2019-H1"),
          match("Sales for the [[nine months ended September 30, 2018]] rose.", "2018-9M"),
          match("Revenue for the [[three months ended December 31, 2019]] rose.", "2019-Q4"),
          match("Net income was $1.2M for the [[quarter ended September 30, 2019]].", "2019-Q3"),
          match("For the [[nine months to September 30 , 2009]] , it swung to a net loss .", "2009-9M"),
          match("Turnover in the [[nine months to end-September 2008]] rose .", "2008-9M"),
          match("Net sales in the [[six-month period ending June 2007]] climbed .", "2007-H1"),
          noMatch("Three months later revenue rose."));

  static final PeriodRule QUARTER =
      PeriodRule.of(
          "period.quarter",
          ORDINAL + "[\\s-]+quarter" + OF_YEAR,
          m -> absolute(part(m, "Q" + ordinal(m.group("ord")))),
          match("Demand was weak in the [[third quarter of 2010]] .", "2010-Q3"),
          match("UPM reported a [[third-quarter]] net loss.", "Q3"),
          match("Margins slipped in the [[third quarter of fiscal 2012]] .", "2012-Q3"),
          match("Operating profit in the [[fourth quarter]] fell.", "Q4"),
          match("Operating income was EUR 2.05 mn in the [[last quarter of 2008]] .", "2008-Q4"),
          match("[[Fourth quarter 2019]] net income was $19.7 million.", "2019-Q4"),
          match("Revenue for the [[first quarter of FY21]] stood at Rs 2,450 lakh.", "2021-Q1"),
          noMatch("A quarter of its sales come from Asia."));

  static final PeriodRule QUARTER_CODE =
      PeriodRule.of(
          "period.quarter_code",
          "\\b(?:Q(?<q>[1-4])(?:\\s*(?:FY\\s?)?" + YEAR + ")?|(?<q2>[1-4])Q\\s?(?<yy>\\d{2})\\b)",
          m -> absolute(
              m.group("q2") != null
                  ? Period.partOf(2000 + Integer.parseInt(m.group("yy")), "Q" + m.group("q2"))
                  : part(m, "Q" + m.group("q"))),
          match("Net earnings of $672 million in [[Q4 2019]] rose.", "2019-Q4"),
          match("Sales were strong in [[Q2 2009]] .", "2009-Q2"),
          match("Revenue in [[Q1]] was flat.", "Q1"),
          match("Revenue in [[3Q10]] was flat.", "2010-Q3"),
          noMatch("The Q-ratio was flat."));

  static final PeriodRule HALF =
      PeriodRule.of(
          "period.half",
          "(?:(?<ord>first|second|1st|2nd)\\s+(?:half(?:[\\s-]+year)?|six[\\s-]months?(?:\\s+period)?)" + OF_YEAR + "|\\bH(?<h>[12])\\b(?:\\s*" + YEAR.replace("<year>", "<hyear>") + ")?)",
          m -> m.group("h") != null
              ? absolute(m.group("hyear") == null ? Period.partOf(0, "H" + m.group("h")) : Period.partOf(Integer.parseInt(m.group("hyear")), "H" + m.group("h")))
              : absolute(part(m, "H" + ordinal(m.group("ord")))),
          match("Costs fell in the [[first half of 2011]] .", "2011-H1"),
          match("Sales in [[H1 2009]] grew.", "2009-H1"),
          match("Sales in the [[second half]] grew.", "H2"),
          match("Net sales for the [[first six months of 2009]] dropped 27.4 pct .", "2009-H1"),
          noMatch("Half of its revenue is recurring."));

  static final PeriodRule NINE_MONTHS =
      PeriodRule.of(
          "period.nine_months",
          "(?:(?:first\\s+)?nine[\\s-]months?(?:\\s+period)?|first\\s+three\\s+quarters)" + OF_YEAR,
          m -> absolute(part(m, "9M")),
          match("Orders grew in the [[first nine months of 2006]] .", "2006-9M"),
          match("Over the [[first nine months of 2013]] , demand held up.", "2013-9M"),
          match("Profit for the [[nine months]] rose.", "9M"),
          match("Net profit for the [[nine-month period]] was EUR 1 mn .", "9M"),
          match("During the [[first three quarters of 2008]] , profit rose .", "2008-9M"),
          noMatch("It took nine weeks."));

  static final PeriodRule MONTH_RANGE =
      PeriodRule.of(
          "period.month_range",
          "(?:from\\s+)?(?<from>January|April|July|October)\\s*(?:-|–|to|through)\\s*(?<to>March|June|September|December)(?:\\s*,?\\s*(?:period\\s+of\\s+)?" + YEAR + ")?",
          PeriodRules::monthRange,
          match("In [[July-September 2009]] , sales decreased.", "2009-Q3"),
          match("[[October-December]] sales were 302 mln eur .", "Q4"),
          match("Demand in [[July to September]] was weak.", "Q3"),
          match("Sales in [[January-September 2008]] rose.", "2008-9M"),
          match("In [[April-June 2008]] , net sales totalled EUR 58.7 mn .", "2008-Q2"),
          match("Sales in the period [[from January to March 2010]] were EUR 22.7 million .", "2010-Q1"),
          match("Sales rose in the [[April-June period of 2010]] .", "2010-Q2"),
          noMatch("From March to May the plant was closed."));

  static final PeriodRule FISCAL_YEAR =
      PeriodRule.of(
          "period.fiscal_year",
          "(?:the\\s+)?" + YEAR.replace("<year>", "<before>") + "\\s+(?:fiscal|financial)\\s+year"
              + "|(?:\\b(?:fiscal|financial)(?:\\s+year)?\\s+|\\bFY\\s?)(?<split>(?:19|20)\\d{2})[-–/](?<end>\\d{2})(?!\\d)"
              + "|(?:\\b(?:fiscal|financial)(?:\\s+year)?\\s+" + YEAR + "|\\bFY\\s?'?(?:(?<fy4>(?:19|20)\\d{2})|(?<fy2>\\d{2}))(?!\\d))",
          m -> absolute(Period.year(
              // "FY2019-20" is the year that ends in 2020 (Indian and Australian filers).
              m.group("before") != null ? Integer.parseInt(m.group("before"))
                  : m.group("split") != null ? Integer.parseInt(m.group("split").substring(0, 2) + m.group("end"))
                  : m.group("year") != null ? year(m)
                  : m.group("fy4") != null ? Integer.parseInt(m.group("fy4")) : 2000 + Integer.parseInt(m.group("fy2")))),
          match("Headcount grew in [[fiscal 2019]] .", "2019"),
          match("EBITDA improved from $62.6 million in [[FY18]] .", "2018"),
          match("Revenue grew 19% in [[FY 2019]] .", "2019"),
          match("Sales grew in [[fiscal year 2019]] .", "2019"),
          match("EBITDA for [[FY2019-20]] was Rs 85.3 crore .", "2020"),
          match("Sales were EUR 3.2 bn in [[the 2019 financial year]] .", "2019"),
          noMatch("The fiscal year ends in March."));

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
          noMatch("The 2015 figure was restated."));

  static final PeriodRule RELATIVE =
      PeriodRule.of(
          "period.relative",
          "(?:(?:in\\s+|for\\s+)?the\\s+(?:same|corresponding|comparable)\\s+(?:period|quarter)\\s+(?:a\\s+year\\s+(?:earlier|ago|before)|(?:of\\s+|in\\s+)?(?:last|the\\s+previous|the\\s+prior)\\s+year))"
              + "|\\b(?:the\\s+)?prior\\s+corresponding\\s+period|\\b(?:the\\s+)?year[-\\s](?:earlier|ago)\\s+(?:quarter|period|half|months?)|\\bpcp\\b|\\ba\\s+year\\s+(?:earlier|ago|before)|\\b(?:the\\s+)?(?:prior|previous|preceding)[-\\s](?:fiscal\\s+|financial\\s+)?year(?:\\s+period|\\s+quarter)?|\\blast\\s+year|\\byear[-\\s]on[-\\s]year|\\byear[-\\s]over[-\\s]year|\\by-o-y\\b",
          m -> new PeriodMention(PeriodMention.Kind.RELATIVE, Period.NONE, 1, new Span(0, 0), ""),
          match("Profit rose from EUR 3.2 million [[a year earlier]] .", "-1"),
          match("Demand was higher [[in the corresponding period last year]] .", "-1"),
          match("Growth was faster than in [[the prior year]].", "-1"),
          match("Revenue rose to $5 million from $4 million in [[the prior-year period]].", "-1"),
          match("EBIT was $84.6 million, against $91.2 million in [[the prior corresponding period]].", "-1"),
          match("Profit slipped , against EUR 6.8 mn in [[the year-earlier quarter]] .", "-1"),
          match("Sales fell , as they had [[for the corresponding period a year ago]] .", "-1"),
          noMatch("The year was a record."));

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
          noMatch("In the last year the company grew."));

  /** Calendar dates are points in time, not reporting periods: they must not lend their year. */
  static final PeriodRule DATE =
      PeriodRule.of(
          "period.date",
          "\\b(?:" + MONTH + "\\s+\\d{1,2}\\s*,?\\s*" + ANY_YEAR + "|\\d{1,2}\\s+" + MONTH + "\\s*,?\\s*" + ANY_YEAR + "|" + MONTH + "\\s+" + ANY_YEAR + ")",
          m -> new PeriodMention(PeriodMention.Kind.DATE, Period.NONE, 0, new Span(0, 0), ""),
          match("( Reuters ) - [[Mar 3 , 2008]] - The lender said profit rose.", "date"),
          match("[[16 July 2010]] - Ruukki said today it turned to a profit.", "date"),
          match("It agreed to acquire the firm in [[September 2007]] .", "date"),
          noMatch("Net sales in 2008 rose."));

  /** "at the end of the third quarter", "at year-end 2009": a point in time, not a reporting period. */
  static final PeriodRule POINT_IN_TIME =
      PeriodRule.of(
          "period.point_in_time",
          "(?:at\\s+)?(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?(?:(?:first|second|third|fourth)[\\s-]+quarter|(?:fiscal\\s+|financial\\s+)?year|" + ANY_YEAR + ")(?:\\s+(?:of\\s+)?" + ANY_YEAR + ")?|\\byear[-\\s]end(?:\\s+" + ANY_YEAR + ")?|\\bas\\s+(?:of|at)\\s+(?:the\\s+end\\s+of\\s+)?" + ANY_YEAR,
          m -> new PeriodMention(PeriodMention.Kind.DATE, Period.NONE, 0, new Span(0, 0), ""),
          match("Users numbered 3.1 million [[at the end of the third quarter]] .", "date"),
          match("Cash stood at EUR 5 mn at [[year-end 2009]] .", "date"),
          match("Net debt was EUR 5 mn [[as of 2009]] .", "date"),
          noMatch("Net sales rose in the fourth quarter of 2009 ."));

  /** "for the full fiscal year", "full-year": the year of the figure before, without its part. */
  static final PeriodRule FULL_YEAR =
      PeriodRule.of(
          "period.full_year",
          "\\b(?:the\\s+full\\s+(?:fiscal\\s+|financial\\s+)?year|full-year)(?!\\s+(?:19|20)\\d{2})",
          m -> new PeriodMention(PeriodMention.Kind.FULL_YEAR, Period.NONE, 0, new Span(0, 0), ""),
          match("Revenue was $73.4 million in the fourth quarter and $276.0 million for [[the full fiscal year]].", "full"),
          match("Sales for [[the full year]] rose .", "full"),
          match("[[Full-year]] profit rose .", "full"),
          noMatch("It reflects a full year of contribution from the acquired businesses ."));

  /** "since 2005": where a trend starts, not the period of a figure. */
  static final PeriodRule SINCE =
      PeriodRule.of(
          "period.since",
          "\\bsince\\s+(?:(?:fiscal|FY)\\s?)?" + ANY_YEAR,
          m -> new PeriodMention(PeriodMention.Kind.DATE, Period.NONE, 0, new Span(0, 0), ""),
          match("Revenue has grown by 15 % a year [[since 2005]] .", "date"),
          match("Sales doubled [[since fiscal 2012]] .", "date"),
          match("It has been listed [[since 1999]] .", "date"),
          noMatch("Sales rose in 2005 ."));

  static final PeriodRule YEAR_RULE =
      PeriodRule.of(
          "period.year",
          "(?<![\\d.,$€£])(?:(?:the\\s+)?year\\s+)?" + YEAR + "(?![\\d%])(?!\\s?(?:%|percent|million|billion|mn|bn))",
          m -> absolute(Period.year(year(m))),
          match("Northwind booked revenues of $351.7 million in [[2015]].", "2015"),
          match("Costs for [[the year 2009]] were cut.", "2009"),
          match("The plant opened in [[2008]] .", "2008"),
          noMatch("It sold 2,015 units and 1,999 spare parts."));

  static final List<PeriodRule> ALL =
      List.of(FISCAL_YEAR_ENDED, MONTHS_ENDED, QUARTER, QUARTER_CODE, HALF, NINE_MONTHS, MONTH_RANGE, FISCAL_YEAR, YEAR_RANGE,
          RELATIVE, LAST_YEARS, FULL_YEAR, POINT_IN_TIME, SINCE, DATE, YEAR_RULE);

  private static PeriodMention absolute(Period period) {
    return new PeriodMention(PeriodMention.Kind.ABSOLUTE, period, 0, new Span(0, 0), "");
  }

  private static int year(Matcher m) {
    return Integer.parseInt(m.group("year"));
  }

  private static Period part(Matcher m, String part) {
    String y = m.group("year");
    if (y == null && m.pattern().pattern().contains("<yy>") && m.group("yy") != null) {
      y = "20" + m.group("yy");
    }
    return y == null ? new Period(0, 0, part) : Period.partOf(Integer.parseInt(y), part);
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
    String n = m.group("q") != null ? "3" : m.group("n");
    int months = n.equals("three") || n.equals("3") ? 3 : n.equals("six") || n.equals("6") ? 6 : 9;
    int end = monthNumber(m.group("month"));
    int year = year(m);
    // A calendar-aligned window only; a fiscal quarter ending in, say, April is left unnamed.
    if (months == 3 && end % 3 == 0) {
      return absolute(Period.partOf(year, "Q" + end / 3));
    }
    if (months == 6 && (end == 6 || end == 12)) {
      return absolute(Period.partOf(year, end == 6 ? "H1" : "H2"));
    }
    if (months == 9 && end == 9) {
      return absolute(Period.partOf(year, "9M"));
    }
    return null;
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
      case "jan-dec": part = ""; break;
      default: return null;
    }
    String y = m.group("year");
    if (y == null) {
      return part.isEmpty() ? null : absolute(new Period(0, 0, part));
    }
    return absolute(part.isEmpty() ? Period.year(Integer.parseInt(y)) : Period.partOf(Integer.parseInt(y), part));
  }
}
