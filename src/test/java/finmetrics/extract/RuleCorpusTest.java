package finmetrics.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import finmetrics.model.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule's example corpus: each positive example must give exactly its marked span with
 * the expected value, alone and within the whole registry (no other rule steals it); each
 * negative example must give nothing.
 */
class RuleCorpusTest {

  @TestFactory
  Stream<DynamicTest> amountRulesMatchTheirExamples() {
    List<DynamicTest> tests = new ArrayList<>();
    for (AmountRule rule : AmountRules.ALL) {
      each(rule.id(), rule.examples(), (example, name) -> tests.add(dynamicTest(name, () -> {
        List<Mention> alone = rule.find(example.text(), 0);
        if (!example.isPositive()) {
          assertEquals(List.of(), alone, "no amount expected");
          return;
        }
        assertEquals(1, alone.size(), "exactly one match expected: " + alone);
        Mention m = alone.get(0);
        assertEquals(new Span(example.start(), example.end()), m.span());
        assertEquals(example.expected(), describe(m));
        Sentence whole = new Sentence(new Span(0, example.text().length()), example.text());
        assertTrue(whole.amounts.stream().anyMatch(a -> a.span().equals(m.span()) && a.ruleId().equals(rule.id())),
            "another rule took the span: " + whole.amounts);
      })));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> periodRulesMatchTheirExamples() {
    List<DynamicTest> tests = new ArrayList<>();
    for (PeriodRule rule : PeriodRules.ALL) {
      each(rule.id(), rule.examples(), (example, name) -> tests.add(dynamicTest(name, () -> {
        List<PeriodMention> alone = rule.find(example.text(), 0);
        if (!example.isPositive()) {
          assertEquals(List.of(), alone, "no period expected");
          return;
        }
        assertEquals(1, alone.size(), "exactly one match expected: " + alone);
        PeriodMention p = alone.get(0);
        assertEquals(new Span(example.start(), example.end()), p.span());
        assertEquals(example.expected(), describe(p));
        Sentence whole = new Sentence(new Span(0, example.text().length()), example.text());
        assertTrue(whole.periods.stream().anyMatch(q -> q.span().equals(p.span()) && q.ruleId().equals(rule.id())),
            "another rule took the span: " + whole.periods);
      })));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> cueRulesMatchTheirExamples() {
    List<DynamicTest> tests = new ArrayList<>();
    for (CueRule rule : CueRules.ALL) {
      each(rule.id(), rule.examples(), (example, name) -> tests.add(dynamicTest(name, () -> {
        List<CueRule.Found> alone = rule.find(example.text(), 0);
        if (!example.isPositive()) {
          assertEquals(List.of(), alone, "no cue expected");
          return;
        }
        assertEquals(1, alone.size(), "exactly one match expected: " + alone);
        CueRule.Found c = alone.get(0);
        assertEquals(new Span(example.start(), example.end()), c.span());
        assertEquals(example.expected(), describe(rule));
        Sentence whole = new Sentence(new Span(0, example.text().length()), example.text());
        assertTrue(whole.cues.stream().anyMatch(f -> f.span().equals(c.span()) && f.rule() == rule),
            "another cue took the span: " + whole.cues);
      })));
    }
    return tests.stream();
  }

  @Test
  void everyRuleHasAUniqueIdAndAtLeastThreePositiveAndOneNegativeExample() {
    Set<String> ids = new HashSet<>();
    checkRegistry(AmountRules.ALL, AmountRule::id, AmountRule::examples, ids);
    checkRegistry(PeriodRules.ALL, PeriodRule::id, PeriodRule::examples, ids);
    checkRegistry(CueRules.ALL, CueRule::id, CueRule::examples, ids);
  }

  private static <R> void checkRegistry(List<R> rules, Function<R, String> id, Function<R, List<Example>> examples, Set<String> ids) {
    for (R rule : rules) {
      String name = id.apply(rule);
      assertTrue(name.matches("[a-z]+\\.[a-z_]+"), "bad rule id " + name);
      assertTrue(ids.add(name), "duplicate rule id " + name);
      long positive = examples.apply(rule).stream().filter(Example::isPositive).count();
      long negative = examples.apply(rule).size() - positive;
      assertTrue(positive >= 3, name + " has " + positive + " positive examples");
      assertTrue(negative >= 1, name + " has no negative example");
    }
  }

  private interface ExampleSink {
    void accept(Example example, String name);
  }

  private static void each(String ruleId, List<Example> examples, ExampleSink sink) {
    for (int i = 0; i < examples.size(); i++) {
      Example e = examples.get(i);
      sink.accept(e, ruleId + " #" + (i + 1) + " \"" + e.marked() + "\"");
    }
  }

  private static String describe(Mention m) {
    String unit = m.unit().isEmpty() ? "?" : m.unit();
    return plain(m.value()) + " " + unit;
  }

  private static String describe(PeriodMention p) {
    switch (p.kind()) {
      case RELATIVE:
        return "-" + p.years();
      case LAST_YEARS:
        return Integer.toString(p.years());
      case DATE:
        return "date";
      default:
        return p.period().toString();
    }
  }

  private static String describe(CueRule rule) {
    switch (rule.role()) {
      case METRIC:
        return rule.metric().id();
      case GENERIC:
        return "generic";
      case CAGR:
        return "cagr";
      case SKIP:
        return "skip";
      default:
        return "block";
    }
  }

  private static String plain(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
  }
}
