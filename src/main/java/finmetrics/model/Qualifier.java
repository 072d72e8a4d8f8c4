package finmetrics.model;

import java.util.Locale;

/** How exactly the text states a figure: "more than $440 million" is a lower bound. */
public enum Qualifier {
  EXACT,
  APPROX,
  MORE_THAN,
  LESS_THAN;

  /** The contract's spelling in facts.csv: exact, approx, more_than, less_than. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Qualifier parse(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }
}
