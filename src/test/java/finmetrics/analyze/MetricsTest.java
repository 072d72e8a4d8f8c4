package finmetrics.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void differenceIsExact() {
    assertEquals(d("-0.3"), Metrics.difference(d("0.7"), d("1.0")).orElseThrow());
  }

  @Test
  void differenceIsEmptyWhenAnInputIsMissing() {
    assertTrue(Metrics.difference(null, d("1")).isEmpty());
  }

  @Test
  void sumAddsEveryPartAndIsEmptyWithoutParts() {
    assertEquals(d("6"), Metrics.sum(List.of(d("1"), d("2"), d("3"))).orElseThrow());
    assertTrue(Metrics.sum(List.of()).isEmpty());
  }

  @Test
  void percentOfIsRoundedHalfEvenToThreeDecimals() {
    assertEquals(d("33.333"), Metrics.percentOf(d("1"), d("3")).orElseThrow());
    assertEquals(d("-50.000"), Metrics.percentOf(d("-1"), d("2")).orElseThrow());
  }

  @Test
  void percentOfIsEmptyWhenTheWholeIsZeroOrNegative() {
    assertTrue(Metrics.percentOf(d("1"), d("0")).isEmpty());
    assertTrue(Metrics.percentOf(d("1"), d("-5")).isEmpty());
    assertTrue(Metrics.percentOf(null, d("5")).isEmpty());
  }

  @Test
  void growthComparesCurrentWithPrevious() {
    assertEquals(d("10.000"), Metrics.growth(d("100"), d("110")).orElseThrow());
    assertEquals(d("-25.000"), Metrics.growth(d("4"), d("3")).orElseThrow());
  }

  @Test
  void growthIsEmptyWhenPreviousIsNotPositive() {
    assertTrue(Metrics.growth(d("0"), d("3")).isEmpty());
    assertTrue(Metrics.growth(d("-1"), d("3")).isEmpty());
  }

  @Test
  void impliedStartDiscountsTheLastValueByTheCompoundRate() {
    assertEquals(d("100"), Metrics.impliedStart(d("121"), d("10"), 2).orElseThrow());
  }

  @Test
  void impliedStartIsEmptyForNonPositiveValueYearsOrFactor() {
    assertTrue(Metrics.impliedStart(d("0"), d("10"), 2).isEmpty());
    assertTrue(Metrics.impliedStart(d("121"), d("10"), 0).isEmpty());
    assertTrue(Metrics.impliedStart(d("121"), d("-100"), 2).isEmpty());
  }

  @Test
  void cagrIsTheAnnualRateBetweenTwoValues() {
    assertEquals(d("10.000"), Metrics.cagr(d("100"), d("121"), 2).orElseThrow());
  }

  @Test
  void cagrIsEmptyWhenStartValueIsNotPositive() {
    assertTrue(Metrics.cagr(d("0"), d("121"), 2).isEmpty());
    assertTrue(Metrics.cagr(d("100"), d("-1"), 2).isEmpty());
    assertTrue(Metrics.cagr(d("100"), d("121"), 0).isEmpty());
  }

  @Test
  void differBeyondComparesTheGapWithAFractionOfTheReference() {
    assertTrue(Metrics.differBeyond(d("100"), d("98"), d("100"), d("0.005")));
    assertFalse(Metrics.differBeyond(d("100"), d("99.6"), d("100"), d("0.005")));
  }
}
