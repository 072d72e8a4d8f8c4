package finmetrics.report;

import static finmetrics.TestFacts.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import finmetrics.analyze.ComparisonTable;
import finmetrics.analyze.FactTable;
import finmetrics.analyze.MetricCalculator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** comparison.csv is written straight from the comparison, as it was from the wide Tablesaw table. */
class ComparisonCsvWriterTest {
  private static ComparisonTable comparison() {
    return ComparisonTable.of(MetricCalculator.compute(List.of(
        fact("Delta", "revenue", "2015", "100.25", "EUR", "d.md", 1),
        fact("Delta", "cost_of_revenue", "2015", "40.1", "EUR", "d.md", 2),
        fact("Delta", "revenue", "2015", "110", "USD", "approx", "d.md", 3),
        fact("Delta", "revenue_growth", "2015", "5", "%", "d.md", 4),
        fact("=Echo", "revenue", "2016", "1234567890123", "USD", "more_than", "e.md", 1),
        fact("Echo, \"the\" firm", "net_income", "2014", "-3.5", "GBP", "f.md", 1))).rows());
  }

  @Test
  void theSameBytesAsTheWideTablesawTable() {
    ComparisonTable comparison = comparison();
    assertEquals(new String(throughTablesaw(comparison), StandardCharsets.UTF_8),
        new String(ComparisonCsvWriter.render(comparison), StandardCharsets.UTF_8));
  }

  @Test
  void missingCellsAreEmptyAndNotesNameInexactCells() {
    String csv = new String(ComparisonCsvWriter.render(comparison()), StandardCharsets.UTF_8);
    String[] lines = csv.split("\r\n");
    assertTrue(lines[0].startsWith("company,period,currency,revenue,revenue_growth,"), lines[0]);
    assertTrue(lines[0].endsWith(",note"), lines[0]);
    assertTrue(csv.contains("'=Echo,2016,USD,1234567890123,"), csv);
    assertTrue(csv.contains("revenue more_than"), csv);
    assertTrue(csv.contains(",,"), "a missing cell is empty: " + csv);
  }

  /** What ComparisonCsvWriter wrote before it left Tablesaw out. */
  private static byte[] throughTablesaw(ComparisonTable comparison) {
    Table wide = FactTable.wide(comparison);
    List<String> header = new ArrayList<>(wide.columnNames());
    List<List<?>> rows = new ArrayList<>();
    for (int i = 0; i < wide.rowCount(); i++) {
      List<Object> row = new ArrayList<>();
      for (String name : header) {
        if (wide.column(name) instanceof DoubleColumn numbers) {
          row.add(FactTable.decimal(numbers, i));
        } else {
          row.add(wide.stringColumn(name).get(i));
        }
      }
      rows.add(row);
    }
    return SpreadsheetCsv.render(header, rows);
  }
}
