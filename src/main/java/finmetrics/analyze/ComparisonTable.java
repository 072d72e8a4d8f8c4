package finmetrics.analyze;

import finmetrics.model.Period;
import finmetrics.model.Qualifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The wide view a spreadsheet user wants: one line per company, full year and currency, one
 * cell per metric; a missing cell means the figure is unknown or undefined.
 */
public record ComparisonTable(List<String> metrics, List<Line> lines) {
  /** The columns of comparison.csv after company, period and currency. */
  public static final List<String> METRICS =
      List.of(
          "revenue", "revenue_growth", "cost_of_revenue", "gross_profit", "gross_margin",
          "operating_income", "operating_margin", "net_income", "net_margin", "total_costs",
          "sales_marketing_pct_revenue", "general_administrative_pct_revenue",
          "research_development_pct_revenue");

  public ComparisonTable {
    metrics = List.copyOf(metrics);
    lines = List.copyOf(lines);
  }

  /**
   * One company, year and currency; {@code cells} maps metric to its row (sorted by metric).
   *
   * @param currency "" when the company states only percentages for the year
   */
  public record Line(String company, Period period, String currency, Map<String, MetricRow> cells) {
    static final Comparator<Line> ORDER =
        Comparator.comparing(Line::company).thenComparing(Line::period).thenComparing(Line::currency);

    public Line {
      cells = new TreeMap<>(cells);
    }

    /** "revenue more_than; gross_margin approx": which cells are not exact figures. */
    public String note() {
      List<String> notes = new ArrayList<>();
      for (String metric : METRICS) {
        MetricRow row = cells.get(metric);
        if (row != null && row.qualifier() != Qualifier.EXACT) {
          notes.add(metric + " " + row.qualifier().label());
        }
      }
      return String.join("; ", notes);
    }
  }

  /**
   * The columns of the workbook's Comparison sheet: those of comparison.csv plus the figures a
   * workbook has room for (operating expenses, EBITDA, unallocated costs).
   */
  public static final List<String> WORKBOOK_METRICS =
      List.of(
          "revenue", "revenue_growth", "cost_of_revenue", "gross_profit", "gross_margin",
          "operating_expenses", "operating_income", "operating_margin", "ebitda", "net_income",
          "net_margin", "total_costs", "unallocated_costs", "cost_of_revenue_pct_revenue",
          "sales_marketing_pct_revenue", "general_administrative_pct_revenue",
          "research_development_pct_revenue");

  /** Lays the full-year rows out by company, year and currency. */
  public static ComparisonTable of(List<MetricRow> rows) {
    return of(rows, METRICS);
  }

  /** The same with the given metric columns. */
  public static ComparisonTable of(List<MetricRow> rows, List<String> metrics) {
    Map<String, Map<String, MetricRow>> byKey = new TreeMap<>();
    Map<String, Line> keys = new TreeMap<>();
    List<MetricRow> currencyFree = new ArrayList<>();
    for (MetricRow r : rows) {
      if (!r.period().isFullYear() || !metrics.contains(r.metric())) {
        continue;
      }
      if (r.currency().isEmpty()) {
        currencyFree.add(r);
        continue;
      }
      put(byKey, keys, r.company(), r.period(), r.currency(), r);
    }
    for (MetricRow r : currencyFree) {
      // A stated percentage has no currency: it belongs on every line of its company and year.
      List<Line> matching = keys.values().stream()
          .filter(l -> l.company().equals(r.company()) && l.period().equals(r.period())).toList();
      if (matching.isEmpty()) {
        put(byKey, keys, r.company(), r.period(), "", r);
      }
      for (Line l : matching) {
        put(byKey, keys, l.company(), l.period(), l.currency(), r);
      }
    }
    List<Line> lines = new ArrayList<>();
    for (Map.Entry<String, Line> e : keys.entrySet()) {
      Line k = e.getValue();
      lines.add(new Line(k.company(), k.period(), k.currency(), byKey.get(e.getKey())));
    }
    lines.sort(Line.ORDER);
    return new ComparisonTable(metrics, lines);
  }

  private static void put(
      Map<String, Map<String, MetricRow>> byKey, Map<String, Line> keys, String company,
      Period period, String currency, MetricRow row) {
    String key = company + "\u0000" + period + "\u0000" + currency;
    keys.putIfAbsent(key, new Line(company, period, currency, Map.of()));
    byKey.computeIfAbsent(key, k -> new TreeMap<>()).putIfAbsent(row.metric(), row);
  }
}
