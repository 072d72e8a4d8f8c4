package finmetrics.extract;

import finmetrics.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One way a period is written: a pattern, a production from its match, and its examples. */
record PeriodRule(String id, Pattern pattern, Function<Matcher, PeriodMention> production, List<Example> examples, StartSet starts) {
  PeriodRule {
    examples = List.copyOf(examples);
  }

  static PeriodRule of(String id, String regex, Function<Matcher, PeriodMention> production, Example... examples) {
    return new PeriodRule(id, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), production, List.of(examples), StartSet.EVERYWHERE);
  }

  /** This rule, tried only where {@code starts} admits a match to begin. */
  PeriodRule startingWith(StartSet starts) {
    return new PeriodRule(id, pattern, production, examples, starts);
  }

  /** Every match in {@code text}; spans are shifted by {@code offset} into document offsets. */
  List<PeriodMention> find(CharSequence text, int offset) {
    List<PeriodMention> found = new ArrayList<>();
    starts.forEachMatch(pattern, text, m -> {
      PeriodMention p = production.apply(m);
      if (p != null) {
        found.add(new PeriodMention(p.kind(), p.period(), p.years(), new Span(offset + m.start(), offset + m.end()), id));
      }
    });
    return found;
  }
}
