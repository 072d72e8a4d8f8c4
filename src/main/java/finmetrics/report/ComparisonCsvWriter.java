package finmetrics.report;

import finmetrics.analyze.ComparisonTable;
import finmetrics.analyze.MetricRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders comparison.csv: one line per company, year and currency, a column per metric, a note
 * on inexact cells. Straight from the {@link ComparisonTable}, not through a Tablesaw table:
 * Tablesaw's first use scans the classpath, a quarter of a second of the main job's start-up.
 */
public final class ComparisonCsvWriter {
  private ComparisonCsvWriter() {}

  public static byte[] render(ComparisonTable comparison) {
    List<String> header = new ArrayList<>(List.of("company", "period", "currency"));
    header.addAll(comparison.metrics());
    header.add("note");
    List<List<?>> rows = new ArrayList<>();
    for (ComparisonTable.Line line : comparison.lines()) {
      List<Object> row = new ArrayList<>();
      row.add(line.company());
      row.add(line.period().toString());
      row.add(line.currency());
      for (String metric : comparison.metrics()) {
        MetricRow cell = line.cells().get(metric);
        // Through a double, as the wide table (FactTable.wide) holds it: the same digits.
        row.add(cell == null ? null : BigDecimal.valueOf(cell.value().doubleValue()));
      }
      row.add(line.note());
      rows.add(row);
    }
    return SpreadsheetCsv.render(header, rows);
  }
}
