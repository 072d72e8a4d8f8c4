package finmetrics.analyze;

import finmetrics.model.Fact;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Facts and metrics as Tablesaw tables: one row per fact, and the wide comparison with a column
 * per metric. Loading Tablesaw scans the classpath, so only the report stage calls this.
 */
public final class FactTable {
  private FactTable() {}

  /** One row per fact, in {@link Fact#ORDER}; columns company, metric, period, value, unit, qualifier, document, line, rule. */
  public static Table from(List<Fact> facts) {
    List<Fact> sorted = new ArrayList<>(facts);
    sorted.sort(Fact.ORDER);
    StringColumn company = StringColumn.create("company");
    StringColumn metric = StringColumn.create("metric");
    StringColumn period = StringColumn.create("period");
    DoubleColumn value = DoubleColumn.create("value");
    StringColumn unit = StringColumn.create("unit");
    StringColumn qualifier = StringColumn.create("qualifier");
    StringColumn document = StringColumn.create("document");
    IntColumn line = IntColumn.create("line");
    StringColumn rule = StringColumn.create("rule");
    for (Fact f : sorted) {
      company.append(f.company());
      metric.append(f.metric().id());
      period.append(f.period().toString());
      value.append(f.value().doubleValue());
      unit.append(f.unit());
      qualifier.append(f.qualifier().label());
      document.append(f.source().documentId());
      line.append(f.source().line());
      rule.append(f.source().ruleId());
    }
    return Table.create("facts", company, metric, period, value, unit, qualifier, document, line, rule);
  }

  /**
   * The comparison as a wide table: company, period, currency, one double column per metric
   * (missing where unknown; named by us, never by Tablesaw), and a note on inexact cells.
   */
  public static Table wide(ComparisonTable comparison) {
    StringColumn company = StringColumn.create("company");
    StringColumn period = StringColumn.create("period");
    StringColumn currency = StringColumn.create("currency");
    List<DoubleColumn> values = new ArrayList<>();
    for (String m : comparison.metrics()) {
      values.add(DoubleColumn.create(m));
    }
    StringColumn note = StringColumn.create("note");
    for (ComparisonTable.Line l : comparison.lines()) {
      company.append(l.company());
      period.append(l.period().toString());
      currency.append(l.currency());
      for (int i = 0; i < values.size(); i++) {
        MetricRow row = l.cells().get(comparison.metrics().get(i));
        if (row == null) {
          values.get(i).appendMissing();
        } else {
          values.get(i).append(row.value().doubleValue());
        }
      }
      note.append(l.note());
    }
    Table t = Table.create("comparison", company, period, currency);
    values.forEach(t::addColumns);
    t.addColumns(note);
    return t;
  }

  /** A cell of a double column as a plain decimal, or null when missing; doubles print their shortest exact form. */
  public static BigDecimal decimal(DoubleColumn column, int row) {
    return column.isMissing(row) ? null : BigDecimal.valueOf(column.getDouble(row));
  }
}
