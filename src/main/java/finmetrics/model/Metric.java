package finmetrics.model;

import java.util.Locale;

/** The financial figures the extractor states as facts; ids are the facts contract's metric names. */
public enum Metric {
  REVENUE(Kind.MONEY),
  COST_OF_REVENUE(Kind.MONEY),
  GROSS_PROFIT(Kind.MONEY),
  OPERATING_EXPENSES(Kind.MONEY),
  TOTAL_COSTS(Kind.MONEY),
  SALES_MARKETING(Kind.MONEY),
  GENERAL_ADMINISTRATIVE(Kind.MONEY),
  RESEARCH_DEVELOPMENT(Kind.MONEY),
  OPERATING_INCOME(Kind.MONEY),
  NET_INCOME(Kind.MONEY),
  EBITDA(Kind.MONEY),
  REVENUE_GROWTH(Kind.PERCENT),
  REVENUE_CAGR(Kind.PERCENT);

  /** Whether the figure is an amount of money or a percentage. */
  public enum Kind {
    MONEY,
    PERCENT
  }

  private final Kind kind;

  Metric(Kind kind) {
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  /** The snake_case name used in every output, e.g. {@code cost_of_revenue}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Metric parse(String id) {
    return valueOf(id.trim().toUpperCase(Locale.ROOT));
  }
}
