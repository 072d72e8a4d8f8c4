package finmetrics.report;

import finmetrics.analyze.MetricRow;
import finmetrics.model.Fact;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Renders metrics.csv: every stated figure chosen for analysis and every derived one, with its basis and sources. */
public final class MetricsCsvWriter {
  public static final List<String> HEADER =
      List.of("company", "period", "metric", "value", "unit", "qualifier", "basis", "sources");

  private MetricsCsvWriter() {}

  /** Rows in {@link MetricRow#ORDER}, as UTF-8 CSV bytes; the value is a number cell. */
  public static byte[] render(List<MetricRow> rows) {
    List<MetricRow> sorted = new ArrayList<>(rows);
    sorted.sort(MetricRow.ORDER);
    List<List<?>> out = new ArrayList<>();
    for (MetricRow r : sorted) {
      out.add(Arrays.asList(r.company(), r.period().toString(), r.metric(), r.value(), r.unit(),
          r.qualifier().label(), r.basis(), sources(r.sources())));
    }
    return SpreadsheetCsv.render(HEADER, out);
  }

  /** "a.md:3;b.md:7": where the figures came from, each once, in the order the basis uses them. */
  public static String sources(List<Fact> facts) {
    Set<String> places = new LinkedHashSet<>();
    for (Fact f : facts) {
      places.add(f.source().documentId() + ":" + f.source().line());
    }
    return String.join(";", places);
  }
}
