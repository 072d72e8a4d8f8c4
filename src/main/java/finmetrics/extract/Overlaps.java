package finmetrics.extract;

import finmetrics.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Keeps one of each group of overlapping matches: the longest span, then the earlier rule in its
 * registry, then the lower start. The result is sorted by position and deterministic.
 */
final class Overlaps {
  private Overlaps() {}

  static <T> List<T> resolve(List<T> candidates, Function<T, Span> span, ToIntFunction<T> rulePriority) {
    List<T> byPreference = new ArrayList<>(candidates);
    byPreference.sort(
        Comparator.<T>comparingInt(c -> -span.apply(c).length())
            .thenComparingInt(rulePriority)
            .thenComparingInt(c -> span.apply(c).start()));
    List<T> kept = new ArrayList<>();
    for (T candidate : byPreference) {
      Span s = span.apply(candidate);
      if (kept.stream().noneMatch(k -> span.apply(k).overlaps(s))) {
        kept.add(candidate);
      }
    }
    kept.sort(Comparator.comparingInt(c -> span.apply(c).start()));
    return kept;
  }
}
