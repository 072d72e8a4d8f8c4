package finmetrics.model;

import java.math.BigDecimal;
import java.util.Comparator;

/**
 * What the text states: company × metric × period = value, and where it says so.
 *
 * <p>Money is in base units ({@code 351700000} for "$351.7 million") with an ISO currency code;
 * percentages are in percent ({@code 24} for "24%") with unit "%". Losses and declines are
 * negative.
 */
public record Fact(
    String company,
    Metric metric,
    Period period,
    BigDecimal value,
    String unit,
    Qualifier qualifier,
    Provenance source) {

  /** The order of rows in facts.csv: by company, metric, period, document, then position. */
  public static final Comparator<Fact> ORDER =
      Comparator.comparing(Fact::company)
          .thenComparing(Fact::metric)
          .thenComparing(Fact::period)
          .thenComparing(f -> f.source().documentId())
          .thenComparingInt(f -> f.source().amount().start());

  public Fact {
    if (company == null || metric == null || period == null || value == null || unit == null) {
      throw new IllegalArgumentException("a fact needs company, metric, period, value and unit");
    }
    if ((metric.kind() == Metric.Kind.PERCENT) != unit.equals("%")) {
      throw new IllegalArgumentException(metric.id() + " cannot have unit " + unit);
    }
  }
}
