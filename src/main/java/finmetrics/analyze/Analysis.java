package finmetrics.analyze;

import finmetrics.model.Diagnostic;
import finmetrics.model.Fact;
import java.util.List;

/**
 * What the analysis makes of the facts: every fact (sorted), the metric rows (stated and derived,
 * sorted), the conflicts between sources and the warnings to print.
 */
public record Analysis(
    List<Fact> facts,
    List<MetricRow> rows,
    List<FactChooser.Conflict> conflicts,
    List<Diagnostic> diagnostics) {
  public Analysis {
    facts = List.copyOf(facts);
    rows = List.copyOf(rows);
    conflicts = List.copyOf(conflicts);
    diagnostics = List.copyOf(diagnostics);
  }

  /** The rows for one metric, in {@link MetricRow#ORDER}. */
  public List<MetricRow> rows(String metric) {
    return rows.stream().filter(r -> r.metric().equals(metric)).toList();
  }
}
