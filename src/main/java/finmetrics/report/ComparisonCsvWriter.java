package finmetrics.report;

import finmetrics.analyze.ComparisonTable;
import finmetrics.analyze.FactTable;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** Renders comparison.csv from the wide Tablesaw table: one line per company, year and currency. */
public final class ComparisonCsvWriter {
  private ComparisonCsvWriter() {}

  public static byte[] render(ComparisonTable comparison) {
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
