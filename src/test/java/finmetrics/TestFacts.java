package finmetrics;

import finmetrics.model.Fact;
import finmetrics.model.Metric;
import finmetrics.model.Period;
import finmetrics.model.Provenance;
import finmetrics.model.Qualifier;
import finmetrics.model.Span;
import java.math.BigDecimal;

/** Builds facts by hand for tests, with a plausible provenance. */
public final class TestFacts {
  private TestFacts() {}

  /** A fact stated exactly in {@code document} at {@code line}. */
  public static Fact fact(
      String company, String metric, String period, String value, String unit, String document, int line) {
    return fact(company, metric, period, value, unit, "exact", document, line);
  }

  public static Fact fact(
      String company, String metric, String period, String value, String unit, String qualifier,
      String document, int line) {
    int start = line * 100 + 10;
    String matched = value + " " + unit;
    String evidence = company + " reported " + metric.replace('_', ' ') + " of " + matched + " in " + period + ".";
    Provenance p = new Provenance(document, company + " > Financials", new Span(start, start + matched.length()),
        new Span(line * 100, line * 100 + evidence.length() + 20), line, "test.rule", matched, evidence);
    return new Fact(company, Metric.parse(metric), Period.parse(period), new BigDecimal(value), unit,
        Qualifier.parse(qualifier), p);
  }
}
