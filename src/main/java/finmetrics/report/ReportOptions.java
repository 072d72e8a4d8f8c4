package finmetrics.report;

import java.util.List;
import java.util.Set;

/**
 * What {@code finmetrics report} writes besides the CSV files.
 *
 * @param charts chart formats to write; empty for no charts
 * @param documents ids of every document read, sorted, for the charts' source line and the report
 */
public record ReportOptions(Set<ChartFormat> charts, List<String> documents) {
  public ReportOptions {
    charts = Set.copyOf(charts);
    documents = List.copyOf(documents);
  }
}
