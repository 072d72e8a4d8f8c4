package finmetrics.analyze;

import finmetrics.model.Fact;
import finmetrics.model.Period;
import finmetrics.model.Qualifier;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * One line of metrics.csv: a stated figure chosen for analysis, or a figure derived from such
 * figures, with how it was obtained and the facts it rests on.
 *
 * @param metric snake_case name, e.g. {@code gross_margin}
 * @param unit "%" or an ISO currency code
 * @param basis {@link #STATED}, or the computation, e.g. {@code gross_profit / revenue}
 * @param sources the stated facts the value comes from, in the order the basis uses them
 */
public record MetricRow(
    String company,
    Period period,
    String metric,
    BigDecimal value,
    String unit,
    Qualifier qualifier,
    String basis,
    List<Fact> sources) {
  public static final String STATED = "stated";

  /** Rows in metrics.csv order: company, metric, period, then unit and basis for a stable tie-break. */
  public static final Comparator<MetricRow> ORDER =
      Comparator.comparing(MetricRow::company)
          .thenComparing(MetricRow::metric)
          .thenComparing(MetricRow::period)
          .thenComparing(MetricRow::unit)
          .thenComparing(MetricRow::basis);

  public MetricRow {
    sources = List.copyOf(sources);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException(metric + " needs at least one source fact");
    }
  }

  /** The row for a stated fact, as it was stated (bounds keep their qualifier). */
  public static MetricRow stated(Fact fact) {
    return new MetricRow(
        fact.company(), fact.period(), fact.metric().id(), fact.value(), fact.unit(),
        fact.qualifier(), STATED, List.of(fact));
  }

  public boolean isDerived() {
    return !STATED.equals(basis);
  }

  /**
   * The currency the figure belongs to: its unit for money, the currency of the money it was
   * derived from for a ratio, and "" for a stated percentage, which has none.
   */
  public String currency() {
    if (!"%".equals(unit)) {
      return unit;
    }
    return sources.stream().map(Fact::unit).filter(u -> !"%".equals(u)).findFirst().orElse("");
  }
}
