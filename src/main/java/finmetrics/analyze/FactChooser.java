package finmetrics.analyze;

import finmetrics.model.Diagnostic;
import finmetrics.model.Fact;
import finmetrics.model.Qualifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Picks one fact per company, metric, period and unit for the analysis, and reports sources that
 * disagree.
 *
 * <p>The rule: an exact figure beats an approximate one, which beats a bound; then the earlier
 * document id wins, then the earlier position in the document. Facts in different units (USD
 * and EUR) are never compared, so they never conflict.
 */
public final class FactChooser {

  /** Preference order: the first fact of a group under this order is the one chosen. */
  public static final Comparator<Fact> PREFERENCE =
      Comparator.comparingInt((Fact f) -> rank(f.qualifier()))
          .thenComparing(f -> f.source().documentId())
          .thenComparingInt(f -> f.source().amount().start())
          .thenComparingInt(f -> f.source().line());

  /** The facts chosen for analysis (sorted by {@link Fact#ORDER}) and the conflicts found. */
  public record Choice(List<Fact> chosen, List<Conflict> conflicts) {
    public Choice {
      chosen = List.copyOf(chosen);
      conflicts = List.copyOf(conflicts);
    }
  }

  /** Sources that disagree about one figure: the one used and every other one stated. */
  public record Conflict(Fact chosen, List<Fact> others) {
    public Conflict {
      others = List.copyOf(others);
    }

    /** A warning at the chosen fact that names every source with its value. */
    public Diagnostic diagnostic() {
      StringBuilder text = new StringBuilder();
      text.append("conflicting ").append(chosen.metric().id()).append(" for ")
          .append(chosen.company()).append(' ').append(chosen.period()).append(": using ")
          .append(describe(chosen));
      for (Fact other : others) {
        text.append("; also stated ").append(describe(other));
      }
      text.append(" (exact beats approx beats bounds, then the earlier document)");
      return Diagnostic.warning(chosen.source().documentId(), chosen.source().line(), text.toString());
    }
  }

  private FactChooser() {}

  public static Choice choose(List<Fact> facts) {
    Map<String, List<Fact>> groups = new TreeMap<>();
    for (Fact f : facts) {
      String key = String.join("\u0000", f.company(), f.metric().id(), f.period().toString(), f.unit());
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
    }
    List<Fact> chosen = new ArrayList<>();
    List<Conflict> conflicts = new ArrayList<>();
    for (List<Fact> group : groups.values()) {
      group.sort(PREFERENCE);
      Fact first = group.get(0);
      chosen.add(first);
      List<Fact> disagreeing = new ArrayList<>();
      for (Fact other : group.subList(1, group.size())) {
        if (group.stream().anyMatch(f -> contradicts(f, other))) {
          disagreeing.add(other);
        }
      }
      if (!disagreeing.isEmpty()) {
        conflicts.add(new Conflict(first, disagreeing));
      }
    }
    chosen.sort(Fact.ORDER);
    conflicts.sort(Comparator.comparing(Conflict::chosen, Fact.ORDER));
    return new Choice(chosen, conflicts);
  }

  /**
   * Whether two statements of one figure cannot both be true. Equal values never contradict, so
   * the same figure repeated in two documents is not a conflict; a bound contradicts only a value
   * outside it ("more than 440" and "452" agree).
   */
  static boolean contradicts(Fact a, Fact b) {
    if (a.value().compareTo(b.value()) == 0 && a.qualifier() == b.qualifier()) {
      return false;
    }
    boolean aBound = isBound(a.qualifier());
    boolean bBound = isBound(b.qualifier());
    if (!aBound && !bBound) {
      return a.value().compareTo(b.value()) != 0;
    }
    if (aBound && bBound) {
      return excludes(a, b.value()) && excludes(b, a.value()) && a.qualifier() != b.qualifier();
    }
    Fact bound = aBound ? a : b;
    Fact point = aBound ? b : a;
    return excludes(bound, point.value());
  }

  /** Whether a bound rules out a value. */
  private static boolean excludes(Fact bound, BigDecimal value) {
    int c = value.compareTo(bound.value());
    if (bound.qualifier() == Qualifier.MORE_THAN) {
      return c <= 0;
    }
    if (bound.qualifier() == Qualifier.LESS_THAN) {
      return c >= 0;
    }
    return c != 0;
  }

  public static boolean isBound(Qualifier q) {
    return q == Qualifier.MORE_THAN || q == Qualifier.LESS_THAN;
  }

  private static int rank(Qualifier q) {
    if (q == Qualifier.EXACT) {
      return 0;
    }
    return q == Qualifier.APPROX ? 1 : 2;
  }

  static String describe(Fact f) {
    String qualifier = f.qualifier() == Qualifier.EXACT ? "" : f.qualifier().label() + " ";
    return qualifier + f.value().toPlainString() + " " + f.unit() + " ("
        + f.source().documentId() + ":" + f.source().line() + ")";
  }
}
