package finmetrics.analyze;

import static finmetrics.TestFacts.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class ComparisonTableTest {
  private static ComparisonTable table() {
    return ComparisonTable.of(MetricCalculator.compute(List.of(
        fact("Delta", "revenue", "2015", "100", "EUR", "d.md", 1),
        fact("Delta", "revenue", "2015", "110", "USD", "approx", "d.md", 2),
        fact("Delta", "revenue_growth", "2015", "5", "%", "d.md", 3),
        fact("Delta", "revenue", "2015-Q3", "30", "EUR", "d.md", 4))).rows());
  }

  @Test
  void oneLinePerCompanyFullYearAndCurrency() {
    ComparisonTable t = table();
    assertEquals(2, t.lines().size());
    assertEquals("EUR", t.lines().get(0).currency());
    assertEquals("USD", t.lines().get(1).currency());
  }

  @Test
  void aStatedPercentageAppearsOnEveryCurrencyLineOfItsYear() {
    ComparisonTable t = table();
    assertEquals("5", t.lines().get(0).cells().get("revenue_growth").value().toPlainString());
    assertEquals("5", t.lines().get(1).cells().get("revenue_growth").value().toPlainString());
    assertEquals("revenue approx", t.lines().get(1).note());
  }

  @Test
  void theWideTablesawTableHasNamedColumnsAndMissingCells() {
    Table wide = FactTable.wide(table());
    assertEquals("company", wide.columnNames().get(0));
    assertEquals("note", wide.columnNames().get(wide.columnCount() - 1));
    DoubleColumn margin = wide.doubleColumn("gross_margin");
    assertNull(FactTable.decimal(margin, 0));
    assertEquals("100", FactTable.decimal(wide.doubleColumn("revenue"), 0).stripTrailingZeros().toPlainString());
  }

  @Test
  void theFactTableHasOneRowPerFact() {
    Table facts = FactTable.from(List.of(
        fact("A", "revenue", "2015", "1", "USD", "a.md", 1),
        fact("A", "revenue", "2015", "2", "USD", "b.md", 1)));
    assertEquals(2, facts.rowCount());
    assertEquals(List.of("company", "metric", "period", "value", "unit", "qualifier", "document", "line", "rule"),
        facts.columnNames());
  }
}
