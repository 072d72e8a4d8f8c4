package finmetrics.analyze;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The arithmetic behind every derived metric, as pure functions; an undefined result is empty,
 * never 0, NaN or an exception.
 *
 * <p>Everything is BigDecimal rather than double so that the same inputs give the same digits on
 * every JVM; percentages are rounded to {@link #PERCENT_SCALE} decimals (HALF_EVEN).
 */
public final class Metrics {
  /** Decimals kept for a percentage: 70.583. */
  public static final int PERCENT_SCALE = 3;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  // 34 significant digits: far more than any stated figure, so rounding happens only at the end.
  private static final MathContext CONTEXT = MathContext.DECIMAL128;

  private Metrics() {}

  /** {@code a - b}, exact. */
  public static Optional<BigDecimal> difference(BigDecimal a, BigDecimal b) {
    if (a == null || b == null) {
      return Optional.empty();
    }
    return Optional.of(a.subtract(b));
  }

  /** The exact sum of the parts; empty when there are none. */
  public static Optional<BigDecimal> sum(List<BigDecimal> parts) {
    if (parts.isEmpty() || parts.stream().anyMatch(p -> p == null)) {
      return Optional.empty();
    }
    return Optional.of(parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  /** {@code part / whole × 100}; empty unless {@code whole} is positive (a margin of no revenue means nothing). */
  public static Optional<BigDecimal> percentOf(BigDecimal part, BigDecimal whole) {
    if (part == null || whole == null || whole.signum() <= 0) {
      return Optional.empty();
    }
    return Optional.of(percent(part.divide(whole, CONTEXT)));
  }

  /** Year-on-year growth in percent, {@code (current / previous - 1) × 100}; empty unless previous is positive. */
  public static Optional<BigDecimal> growth(BigDecimal previous, BigDecimal current) {
    if (previous == null || current == null || previous.signum() <= 0) {
      return Optional.empty();
    }
    return Optional.of(percent(current.divide(previous, CONTEXT).subtract(BigDecimal.ONE)));
  }

  /**
   * The value {@code years} before {@code last} given a compound annual growth rate in percent:
   * {@code last / (1 + cagr/100)^years}, rounded to whole units. Empty unless {@code last} is
   * positive, {@code years} is positive and the growth factor is positive.
   */
  public static Optional<BigDecimal> impliedStart(BigDecimal last, BigDecimal cagrPercent, int years) {
    if (last == null || cagrPercent == null || last.signum() <= 0 || years <= 0) {
      return Optional.empty();
    }
    BigDecimal factor = growthFactor(cagrPercent);
    if (factor.signum() <= 0) {
      return Optional.empty();
    }
    BigDecimal start = last.divide(factor.pow(years, CONTEXT), CONTEXT);
    return Optional.of(start.setScale(0, RoundingMode.HALF_EVEN));
  }

  /**
   * Compound annual growth rate in percent between two positive values {@code years} apart. The
   * root needs floating point; the result is rounded to {@link #PERCENT_SCALE} decimals.
   */
  public static Optional<BigDecimal> cagr(BigDecimal first, BigDecimal last, int years) {
    if (first == null || last == null || first.signum() <= 0 || last.signum() <= 0 || years <= 0) {
      return Optional.empty();
    }
    double ratio = last.divide(first, CONTEXT).doubleValue();
    double rate = Math.pow(ratio, 1.0 / years) - 1.0;
    return Optional.of(percent(BigDecimal.valueOf(rate)));
  }

  /** {@code 1 + percent/100}, e.g. 1.24 for 24 %. */
  public static BigDecimal growthFactor(BigDecimal percent) {
    return BigDecimal.ONE.add(percent.divide(HUNDRED, CONTEXT));
  }

  /** Whether {@code a} and {@code b} differ by more than {@code tolerance} (a fraction) of {@code reference}. */
  public static boolean differBeyond(BigDecimal a, BigDecimal b, BigDecimal reference, BigDecimal tolerance) {
    BigDecimal gap = a.subtract(b).abs();
    return gap.compareTo(reference.abs().multiply(tolerance)) > 0;
  }

  private static BigDecimal percent(BigDecimal fraction) {
    return fraction.multiply(HUNDRED).setScale(PERCENT_SCALE, RoundingMode.HALF_EVEN);
  }
}
