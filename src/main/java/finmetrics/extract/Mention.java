package finmetrics.extract;

import finmetrics.model.Span;
import java.math.BigDecimal;

/**
 * What the text literally says: one amount of money, one percentage or one per-share value,
 * found by one rule. A range ("$5–7 million", "5 to 7 per cent") is one mention with two bounds,
 * so that the linker reads its metric, period and forecast once for both.
 *
 * @param value the amount in base units (351700000 for "$351.7 million"); negative when written so;
 *     the low end of a range
 * @param high the high end of a range, or null when the text states one figure
 * @param unit an ISO currency code, or "%"
 * @param span document offsets of the amount (of the whole range)
 */
record Mention(Kind kind, BigDecimal value, BigDecimal high, String unit, Span span, String ruleId) {
  /** Money, a percentage, or an amount per share ("$0.46 per diluted share"), which is never a money figure. */
  enum Kind {
    MONEY,
    PERCENT,
    PER_SHARE
  }

  /** A mention of one figure. */
  Mention(Kind kind, BigDecimal value, String unit, Span span, String ruleId) {
    this(kind, value, null, unit, span, ruleId);
  }

  boolean isMoney() {
    return kind == Kind.MONEY;
  }

  boolean isRange() {
    return high != null;
  }
}
