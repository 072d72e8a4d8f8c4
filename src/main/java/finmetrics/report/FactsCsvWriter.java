package finmetrics.report;

import finmetrics.model.Fact;
import finmetrics.model.Provenance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Renders facts.csv: the contract's columns, then provenance (section, line, span, evidence). */
public final class FactsCsvWriter {
  public static final List<String> HEADER =
      List.of(
          "document", "company", "metric", "period", "value", "unit", "qualifier",
          "section", "line", "start", "end", "evidence", "rule");

  private FactsCsvWriter() {}

  /** Facts in {@link Fact#ORDER}, as UTF-8 CSV bytes. */
  public static byte[] render(List<Fact> facts) {
    List<Fact> sorted = new ArrayList<>(facts);
    sorted.sort(Fact.ORDER);
    List<List<?>> rows = new ArrayList<>(sorted.size());
    for (Fact f : sorted) {
      Provenance p = f.source();
      rows.add(
          Arrays.asList(
              p.documentId(), f.company(), f.metric().id(), f.period().toString(), f.value(),
              f.unit(), f.qualifier().label(), p.sectionPath(), p.line(), p.amount().start(),
              p.amount().end(), p.evidence(), p.ruleId()));
    }
    return SpreadsheetCsv.render(HEADER, rows);
  }
}
