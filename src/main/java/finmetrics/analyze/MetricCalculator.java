package finmetrics.analyze;

import finmetrics.model.Diagnostic;
import finmetrics.model.Fact;
import finmetrics.model.Metric;
import finmetrics.model.Period;
import finmetrics.model.Qualifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns facts into metric rows: the chosen stated figures, plus margins, growth, cost mix,
 * unallocated costs and CAGR-implied revenue, each derived only from figures in one currency.
 */
public final class MetricCalculator {
  /** Cost lines whose shares of revenue and of total costs are reported. */
  static final List<Metric> COST_LINES =
      List.of(Metric.COST_OF_REVENUE, Metric.SALES_MARKETING, Metric.GENERAL_ADMINISTRATIVE,
          Metric.RESEARCH_DEVELOPMENT);
  /** Operating cost lines; operating_expenses stands in for them when none of them is stated. */
  private static final List<Metric> OPERATING_LINES =
      List.of(Metric.SALES_MARKETING, Metric.GENERAL_ADMINISTRATIVE, Metric.RESEARCH_DEVELOPMENT);
  /** Parts may miss the total by this fraction (rounding in the prose) before we warn. */
  private static final BigDecimal UNALLOCATED_TOLERANCE = new BigDecimal("0.005");

  private MetricCalculator() {}

  /** One currency of one company in one period: the only scope in which money is combined. */
  private record Scope(String company, String currency, Period period) {
    static final Comparator<Scope> ORDER =
        Comparator.comparing(Scope::company).thenComparing(Scope::currency).thenComparing(Scope::period);
  }

  /** A value with its qualifier and source facts, stated or derived, ready to combine. */
  private record Figure(String name, BigDecimal value, Qualifier qualifier, List<Fact> sources, String basis) {
    static Figure of(Fact f) {
      return new Figure(f.metric().id(), f.value(), f.qualifier(), List.of(f), MetricRow.STATED);
    }
  }

  public static Analysis compute(List<Fact> facts) {
    List<Fact> sorted = new ArrayList<>(facts);
    sorted.sort(Fact.ORDER);
    FactChooser.Choice choice = FactChooser.choose(sorted);
    List<MetricRow> rows = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    choice.conflicts().forEach(c -> diagnostics.add(c.diagnostic()));
    choice.chosen().forEach(f -> rows.add(MetricRow.stated(f)));

    Map<Scope, Map<Metric, Fact>> money = new TreeMap<>(Scope.ORDER);
    for (Fact f : choice.chosen()) {
      if (f.metric().kind() == Metric.Kind.MONEY) {
        money.computeIfAbsent(new Scope(f.company(), f.unit(), f.period()), s -> new EnumMap<>(Metric.class))
            .put(f.metric(), f);
      }
    }
    rows.addAll(impliedRevenues(choice.chosen(), money));
    for (Map.Entry<Scope, Map<Metric, Fact>> e : money.entrySet()) {
      if (!e.getKey().period().isRange() && !e.getKey().period().isNone()) {
        derive(e.getKey(), e.getValue(), money, choice.chosen(), rows, diagnostics);
      }
    }
    rows.sort(MetricRow.ORDER);
    return new Analysis(sorted, rows, choice.conflicts(), diagnostics);
  }

  private static void derive(
      Scope scope, Map<Metric, Fact> stated, Map<Scope, Map<Metric, Fact>> money,
      List<Fact> chosen, List<MetricRow> rows, List<Diagnostic> diagnostics) {
    Function<Metric, Figure> point = m -> pointValue(stated.get(m));
    Figure revenue = point.apply(Metric.REVENUE);
    Figure grossProfit =
        statedOrDerived(scope, stated, Metric.GROSS_PROFIT, rows,
            () -> subtract("gross_profit", revenue, point.apply(Metric.COST_OF_REVENUE)));
    ratio(scope, "gross_margin", grossProfit, revenue, rows);
    Figure operatingIncome =
        statedOrDerived(scope, stated, Metric.OPERATING_INCOME, rows,
            () -> subtract("operating_income", revenue, point.apply(Metric.TOTAL_COSTS)));
    ratio(scope, "operating_margin", operatingIncome, revenue, rows);
    ratio(scope, "net_margin", point.apply(Metric.NET_INCOME), revenue, rows);
    growth(scope, revenue, money, chosen, rows);
    Figure totalCosts = point.apply(Metric.TOTAL_COSTS);
    for (Metric line : COST_LINES) {
      ratio(scope, line.id() + "_pct_revenue", point.apply(line), revenue, rows);
      ratio(scope, line.id() + "_pct_total_costs", point.apply(line), totalCosts, rows);
    }
    unallocated(scope, stated, totalCosts, rows, diagnostics);
  }

  /** The stated point value if there is one; otherwise the derived one (added as a row) unless anything, even a bound, is stated. */
  private static Figure statedOrDerived(
      Scope scope, Map<Metric, Fact> stated, Metric metric, List<MetricRow> rows,
      Supplier<Figure> derivation) {
    if (stated.containsKey(metric)) {
      return pointValue(stated.get(metric));
    }
    Figure derived = derivation.get();
    if (derived != null) {
      rows.add(row(scope, derived, scope.currency()));
    }
    return derived;
  }

  private static Figure subtract(String name, Figure a, Figure b) {
    if (a == null || b == null) {
      return null;
    }
    return Metrics.difference(a.value(), b.value())
        .map(v -> combine(name, v, a.name() + " - " + b.name(), a, b))
        .orElse(null);
  }

  private static void ratio(Scope scope, String name, Figure part, Figure whole, List<MetricRow> rows) {
    if (part == null || whole == null) {
      return;
    }
    Metrics.percentOf(part.value(), whole.value())
        .ifPresent(v -> rows.add(row(scope, combine(name, v, part.name() + " / " + whole.name(), part, whole), "%")));
  }

  /** Year-on-year revenue growth from two consecutive stated full years, unless growth is stated. */
  private static void growth(
      Scope scope, Figure revenue, Map<Scope, Map<Metric, Fact>> money, List<Fact> chosen,
      List<MetricRow> rows) {
    Period period = scope.period();
    if (revenue == null || !period.isFullYear()) {
      return;
    }
    boolean stated =
        chosen.stream().anyMatch(f -> f.company().equals(scope.company())
            && f.metric() == Metric.REVENUE_GROWTH && f.period().equals(period));
    Map<Metric, Fact> before =
        money.get(new Scope(scope.company(), scope.currency(), Period.year(period.firstYear() - 1)));
    Figure previous = before == null ? null : pointValue(before.get(Metric.REVENUE));
    if (stated || previous == null) {
      return;
    }
    String basis = "revenue " + period + " / revenue " + (period.firstYear() - 1) + " - 1";
    Metrics.growth(previous.value(), revenue.value())
        .ifPresent(v -> rows.add(row(scope, combine("revenue_growth", v, basis, revenue, previous), "%")));
  }

  /**
   * Total costs minus the stated cost lines, when they miss by more than the tolerance; needs at
   * least two exact-or-approx lines, since one line alone is a partial breakdown, not a mismatch.
   */
  private static void unallocated(
      Scope scope, Map<Metric, Fact> stated, Figure total, List<MetricRow> rows,
      List<Diagnostic> diagnostics) {
    if (total == null) {
      return;
    }
    List<Metric> lines = new ArrayList<>();
    lines.add(Metric.COST_OF_REVENUE);
    boolean componentsStated = OPERATING_LINES.stream().anyMatch(stated::containsKey);
    lines.addAll(componentsStated ? OPERATING_LINES : List.of(Metric.OPERATING_EXPENSES));
    List<Figure> parts = new ArrayList<>();
    for (Metric m : lines) {
      if (stated.containsKey(m)) {
        Figure part = pointValue(stated.get(m));
        if (part == null) {
          return; // a bound among the parts: their sum is not known
        }
        parts.add(part);
      }
    }
    if (parts.size() < 2) {
      return;
    }
    BigDecimal sum = Metrics.sum(parts.stream().map(Figure::value).toList()).orElseThrow();
    if (!Metrics.differBeyond(total.value(), sum, total.value(), UNALLOCATED_TOLERANCE)) {
      return;
    }
    String names = String.join(" + ", parts.stream().map(Figure::name).toList());
    Figure[] inputs = new Figure[parts.size() + 1];
    inputs[0] = total;
    for (int i = 0; i < parts.size(); i++) {
      inputs[i + 1] = parts.get(i);
    }
    BigDecimal rest = total.value().subtract(sum);
    rows.add(row(scope, combine("unallocated_costs", rest, "total_costs - (" + names + ")", inputs), scope.currency()));
    Fact at = total.sources().get(0);
    diagnostics.add(Diagnostic.warning(at.source().documentId(), at.source().line(),
        scope.company() + " " + scope.period() + ": total_costs " + plain(total.value()) + " "
            + scope.currency() + " but the stated cost lines (" + names + ") add up to "
            + plain(sum) + " " + scope.currency() + "; " + plain(rest.abs()) + " " + scope.currency()
            + (rest.signum() > 0 ? " unallocated" : " more than the total")));
  }

  /** Revenue for the first year of a stated CAGR range, from the revenue of its last year. */
  private static List<MetricRow> impliedRevenues(List<Fact> chosen, Map<Scope, Map<Metric, Fact>> money) {
    List<MetricRow> rows = new ArrayList<>();
    for (Fact cagr : chosen) {
      if (cagr.metric() != Metric.REVENUE_CAGR || !cagr.period().isRange() || pointValue(cagr) == null) {
        continue;
      }
      int first = cagr.period().firstYear();
      int last = cagr.period().lastYear();
      for (Map.Entry<Scope, Map<Metric, Fact>> e : money.entrySet()) {
        Scope s = e.getKey();
        Figure end = pointValue(e.getValue().get(Metric.REVENUE));
        Map<Metric, Fact> start = money.get(new Scope(s.company(), s.currency(), Period.year(first)));
        if (!s.company().equals(cagr.company()) || !s.period().equals(Period.year(last)) || end == null
            || (start != null && start.containsKey(Metric.REVENUE))) {
          continue;
        }
        String basis = "implied: revenue " + last + " / "
            + plain(Metrics.growthFactor(cagr.value())) + "^" + cagr.period().years();
        Metrics.impliedStart(end.value(), cagr.value(), cagr.period().years())
            .ifPresent(v -> rows.add(new MetricRow(s.company(), Period.year(first), "revenue", v,
                s.currency(), Qualifier.APPROX, basis, concat(end.sources(), List.of(cagr)))));
      }
    }
    return rows;
  }

  /** A fact usable in arithmetic: exact or approximate; a bound is never treated as a value. */
  private static Figure pointValue(Fact f) {
    return f == null || FactChooser.isBound(f.qualifier()) ? null : Figure.of(f);
  }

  private static Figure combine(String name, BigDecimal value, String basis, Figure... inputs) {
    Qualifier q = Qualifier.EXACT;
    List<Fact> sources = new ArrayList<>();
    for (Figure in : inputs) {
      if (in.qualifier() != Qualifier.EXACT) {
        q = Qualifier.APPROX; // anything computed from an approximation is one
      }
      for (Fact f : in.sources()) {
        if (!sources.contains(f)) {
          sources.add(f);
        }
      }
    }
    return new Figure(name, value, q, sources, basis);
  }

  private static MetricRow row(Scope scope, Figure f, String unit) {
    return new MetricRow(scope.company(), scope.period(), f.name(), f.value(), unit,
        f.qualifier(), f.basis(), f.sources());
  }

  private static List<Fact> concat(List<Fact> a, List<Fact> b) {
    List<Fact> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static String plain(BigDecimal v) {
    BigDecimal stripped = v.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
