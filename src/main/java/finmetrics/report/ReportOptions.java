package finmetrics.report;

import java.util.List;
import java.util.Set;

/**
 * What {@code finmetrics report} writes besides the CSV files.
 *
 * @param charts chart formats to write; empty for no charts
 * @param documents ids of every document read, sorted, for the report
 * @param selection which companies the charts draw (the report's tables keep every company)
 */
public record ReportOptions(Set<ChartFormat> charts, List<String> documents, ChartWriter.Selection selection) {
  public ReportOptions {
    charts = Set.copyOf(charts);
    documents = List.copyOf(documents);
  }

  public ReportOptions(Set<ChartFormat> charts, List<String> documents) {
    this(charts, documents, ChartWriter.Selection.DEFAULT);
  }
}
