package finmetrics.analyze;

import static finmetrics.TestFacts.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import finmetrics.model.Diagnostic;
import finmetrics.model.Fact;
import finmetrics.model.Qualifier;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetricCalculatorTest {
  /** The acceptance facts of issue 3: one growth company, one bound, one cost breakdown. */
  static List<Fact> acceptanceFacts() {
    return List.of(
        fact("Persistent Systems", "revenue", "2015", "351700000", "USD", "persistent.md", 3),
        fact("Persistent Systems", "revenue_cagr", "2010-2015", "24", "%", "persistent.md", 3),
        fact("InterSystems", "revenue", "2012", "440000000", "USD", "more_than", "intersystems.md", 5),
        fact("LivePerson", "total_costs", "2015", "249440000", "USD", "liveperson.md", 10),
        fact("LivePerson", "cost_of_revenue", "2015", "70310000", "USD", "liveperson.md", 11),
        fact("LivePerson", "sales_marketing", "2015", "94730000", "USD", "liveperson.md", 12),
        fact("LivePerson", "general_administrative", "2015", "37170000", "USD", "liveperson.md", 13),
        fact("LivePerson", "research_development", "2015", "38970000", "USD", "liveperson.md", 14),
        fact("LivePerson", "revenue", "2015", "239010000", "USD", "liveperson.md", 20),
        fact("LivePerson", "revenue", "2014", "209930000", "USD", "liveperson.md", 21));
  }

  private static Optional<MetricRow> find(Analysis a, String company, String period, String metric) {
    List<MetricRow> found = a.rows().stream()
        .filter(r -> r.company().equals(company) && r.period().toString().equals(period) && r.metric().equals(metric))
        .toList();
    assertTrue(found.size() <= 1, "one row expected for " + company + " " + period + " " + metric + ": " + found);
    return found.stream().findFirst();
  }

  private static void assertValue(Analysis a, String company, String period, String metric, String expected) {
    MetricRow row = find(a, company, period, metric)
        .orElseThrow(() -> new AssertionError("missing " + company + " " + period + " " + metric));
    BigDecimal want = new BigDecimal(expected);
    BigDecimal tolerance = row.unit().equals("%") ? new BigDecimal("0.01") : want.abs().multiply(new BigDecimal("0.001"));
    assertTrue(row.value().subtract(want).abs().compareTo(tolerance) <= 0,
        company + " " + period + " " + metric + ": expected " + expected + " but was " + row.value());
  }

  @Test
  void acceptanceFactsGiveTheExpectedMetrics() {
    Analysis a = MetricCalculator.compute(acceptanceFacts());
    assertValue(a, "LivePerson", "2015", "gross_profit", "168700000");
    assertValue(a, "LivePerson", "2015", "gross_margin", "70.583");
    assertValue(a, "LivePerson", "2015", "operating_income", "-10430000");
    assertValue(a, "LivePerson", "2015", "operating_margin", "-4.364");
    assertValue(a, "LivePerson", "2015", "revenue_growth", "13.852");
    assertValue(a, "LivePerson", "2015", "sales_marketing_pct_revenue", "39.634");
    assertValue(a, "LivePerson", "2015", "general_administrative_pct_revenue", "15.552");
    assertValue(a, "LivePerson", "2015", "research_development_pct_revenue", "16.305");
    assertValue(a, "LivePerson", "2015", "cost_of_revenue_pct_revenue", "29.417");
    assertValue(a, "LivePerson", "2015", "unallocated_costs", "8260000");
    assertValue(a, "Persistent Systems", "2010", "revenue", "119967592");
    assertEquals(Qualifier.APPROX, find(a, "Persistent Systems", "2010", "revenue").orElseThrow().qualifier());
    assertEquals("implied: revenue 2015 / 1.24^5", find(a, "Persistent Systems", "2010", "revenue").orElseThrow().basis());
    assertValue(a, "InterSystems", "2012", "revenue", "440000000");
    assertEquals(Qualifier.MORE_THAN, find(a, "InterSystems", "2012", "revenue").orElseThrow().qualifier());
  }

  @Test
  void derivedRowsNameTheirBasisAndStatedRowsSayStated() {
    Analysis a = MetricCalculator.compute(acceptanceFacts());
    assertEquals("revenue - cost_of_revenue", find(a, "LivePerson", "2015", "gross_profit").orElseThrow().basis());
    assertEquals("gross_profit / revenue", find(a, "LivePerson", "2015", "gross_margin").orElseThrow().basis());
    assertEquals("stated", find(a, "LivePerson", "2015", "revenue").orElseThrow().basis());
    assertEquals(2, find(a, "LivePerson", "2015", "gross_margin").orElseThrow().sources().size());
  }

  @Test
  void aBoundNeverEntersAMargin() {
    Analysis a = MetricCalculator.compute(List.of(
        fact("InterSystems", "revenue", "2012", "440000000", "USD", "more_than", "i.md", 5),
        fact("InterSystems", "net_income", "2012", "40000000", "USD", "i.md", 6)));
    assertTrue(find(a, "InterSystems", "2012", "net_margin").isEmpty());
    assertTrue(a.rows().stream().allMatch(r -> !r.isDerived()));
  }

  @Test
  void unallocatedCostsComeWithAWarningNamingBothFigures() {
    Analysis a = MetricCalculator.compute(acceptanceFacts());
    Diagnostic d = a.diagnostics().stream().filter(x -> x.message().contains("unallocated")).findFirst().orElseThrow();
    assertTrue(d.message().contains("LivePerson 2015"), d.message());
    assertTrue(d.message().contains("249440000") && d.message().contains("241180000"), d.message());
    assertEquals("liveperson.md", d.documentId());
  }

  @Test
  void conflictingSourcesKeepTheExactFigureAndWarnWithBothSources() {
    Analysis a = MetricCalculator.compute(List.of(
        fact("Acme", "revenue", "2015", "100", "USD", "approx", "a.md", 4),
        fact("Acme", "revenue", "2015", "110", "USD", "b.md", 7)));
    assertEquals(new BigDecimal("110"), find(a, "Acme", "2015", "revenue").orElseThrow().value());
    assertEquals(1, a.conflicts().size());
    String message = a.diagnostics().get(0).message();
    assertTrue(message.contains("a.md:4") && message.contains("b.md:7"), message);
    assertEquals(2, a.facts().size(), "both facts are kept");
  }

  @Test
  void moneyInDifferentCurrenciesIsNeverCombined() {
    Analysis a = MetricCalculator.compute(List.of(
        fact("Delta", "revenue", "2015", "100", "EUR", "d.md", 1),
        fact("Delta", "cost_of_revenue", "2015", "30", "USD", "d.md", 2),
        fact("Delta", "revenue", "2014", "80", "USD", "d.md", 3)));
    assertTrue(find(a, "Delta", "2015", "gross_profit").isEmpty());
    assertTrue(find(a, "Delta", "2015", "revenue_growth").isEmpty());
    assertTrue(a.conflicts().isEmpty());
  }

  @Test
  void anUndefinedRatioIsAbsentRatherThanZero() {
    Analysis a = MetricCalculator.compute(List.of(
        fact("Zero", "revenue", "2015", "0", "USD", "z.md", 1),
        fact("Zero", "net_income", "2015", "-5", "USD", "z.md", 2),
        fact("Zero", "revenue", "2016", "10", "USD", "z.md", 3)));
    assertTrue(find(a, "Zero", "2015", "net_margin").isEmpty());
    assertTrue(find(a, "Zero", "2016", "revenue_growth").isEmpty());
  }

  @Test
  void aStatedGrowthIsNotDerivedAgain() {
    Analysis a = MetricCalculator.compute(List.of(
        fact("G", "revenue", "2015", "110", "USD", "g.md", 1),
        fact("G", "revenue", "2014", "100", "USD", "g.md", 2),
        fact("G", "revenue_growth", "2015", "9.9", "%", "g.md", 3)));
    assertEquals(new BigDecimal("9.9"), find(a, "G", "2015", "revenue_growth").orElseThrow().value());
  }

  @Test
  void operatingExpensesStandInForTheirComponentsWhenThoseAreAbsent() {
    Analysis a = MetricCalculator.compute(List.of(
        fact("O", "total_costs", "2015", "100", "USD", "o.md", 1),
        fact("O", "cost_of_revenue", "2015", "40", "USD", "o.md", 2),
        fact("O", "operating_expenses", "2015", "50", "USD", "o.md", 3)));
    MetricRow row = find(a, "O", "2015", "unallocated_costs").orElseThrow();
    assertEquals(new BigDecimal("10"), row.value());
    assertEquals("total_costs - (cost_of_revenue + operating_expenses)", row.basis());
  }

  @Test
  void costLinesWithinHalfAPercentOfTheTotalRaiseNoWarning() {
    Analysis a = MetricCalculator.compute(List.of(
        fact("O", "total_costs", "2015", "1000", "USD", "o.md", 1),
        fact("O", "cost_of_revenue", "2015", "400", "USD", "o.md", 2),
        fact("O", "sales_marketing", "2015", "596", "USD", "o.md", 3)));
    assertTrue(find(a, "O", "2015", "unallocated_costs").isEmpty());
    assertTrue(a.diagnostics().isEmpty());
  }

  @Test
  void costLinesExceedingTheTotalGiveANegativeRestAndSaySo() {
    Analysis a = MetricCalculator.compute(List.of(
        fact("O", "total_costs", "2015", "100", "USD", "o.md", 1),
        fact("O", "cost_of_revenue", "2015", "60", "USD", "o.md", 2),
        fact("O", "sales_marketing", "2015", "50", "USD", "o.md", 3)));
    assertEquals(new BigDecimal("-10"), find(a, "O", "2015", "unallocated_costs").orElseThrow().value());
    assertTrue(a.diagnostics().get(0).message().endsWith("10 USD more than the total"), a.diagnostics().toString());
  }

  @Test
  void anApproximateInputMakesTheDerivedFigureApproximate() {
    Analysis a = MetricCalculator.compute(List.of(
        fact("P", "revenue", "2015", "200", "USD", "approx", "p.md", 1),
        fact("P", "net_income", "2015", "20", "USD", "p.md", 2)));
    MetricRow margin = find(a, "P", "2015", "net_margin").orElseThrow();
    assertEquals(Qualifier.APPROX, margin.qualifier());
    assertEquals(new BigDecimal("10.000"), margin.value());
  }
}
