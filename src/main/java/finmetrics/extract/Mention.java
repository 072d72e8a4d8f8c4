package finmetrics.extract;

import finmetrics.model.Span;
import java.math.BigDecimal;

/**
 * What the text literally says: one amount of money or one percentage, found by one rule.
 *
 * @param value the amount in base units (351700000 for "$351.7 million"); negative when written so
 * @param unit an ISO currency code, or "%"
 * @param span document offsets of the amount
 */
record Mention(Kind kind, BigDecimal value, String unit, Span span, String ruleId) {
  /** Money or a percentage. */
  enum Kind {
    MONEY,
    PERCENT
  }

  boolean isMoney() {
    return kind == Kind.MONEY;
  }
}
