package finmetrics.extract;

import finmetrics.model.Period;
import finmetrics.model.Span;

/**
 * A time expression: a stated period ("in the second quarter of 2012"), a period relative to
 * another one ("a year earlier"), a span of recent years ("for the last five years"), or a
 * calendar date that is not a reporting period ("Feb 6 , 2009").
 *
 * @param period the stated period (ABSOLUTE), else {@link Period#NONE}
 * @param years how many years back a RELATIVE or LAST_YEARS expression reaches
 */
record PeriodMention(Kind kind, Period period, int years, Span span, String ruleId) {
  /** What kind of time expression it is. */
  enum Kind {
    ABSOLUTE,
    RELATIVE,
    LAST_YEARS,
    /** "for the full fiscal year": the whole year of the figure before it. */
    FULL_YEAR,
    DATE
  }
}
