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
import java.util.function.BiFunction;
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
    return corpusTests(AmountRules.ALL, AmountRule::id, AmountRule::examples, (rule, text) -> rule.find(text, 0),
        Mention::span, RuleCorpusTest::describe, s -> s.amounts, Mention::ruleId);
  }

  @TestFactory
  Stream<DynamicTest> periodRulesMatchTheirExamples() {
    return corpusTests(PeriodRules.ALL, PeriodRule::id, PeriodRule::examples, (rule, text) -> rule.find(text, 0),
        PeriodMention::span, RuleCorpusTest::describe, s -> s.periods, PeriodMention::ruleId);
  }

  @TestFactory
  Stream<DynamicTest> cueRulesMatchTheirExamples() {
    return corpusTests(CueRules.ALL, CueRule::id, CueRule::examples, (rule, text) -> rule.find(text, 0),
        CueRule.Found::span, found -> describe(found.rule()), s -> s.cues, found -> found.rule().id());
  }

  /**
   * One test per example of every rule: a positive example gives exactly its marked span and
   * value when the rule runs alone, and keeps that span when the whole registry runs (no other
   * rule takes it); a negative example gives nothing.
   */
  private static <R, M> Stream<DynamicTest> corpusTests(
      List<R> rules, Function<R, String> id, Function<R, List<Example>> examples,
      BiFunction<R, String, List<M>> find, Function<M, Span> span, Function<M, String> describe,
      Function<Sentence, List<M>> inRegistry, Function<M, String> ruleOf) {
    List<DynamicTest> tests = new ArrayList<>();
    for (R rule : rules) {
      List<Example> list = examples.apply(rule);
      for (int i = 0; i < list.size(); i++) {
        Example example = list.get(i);
        String name = id.apply(rule) + " #" + (i + 1) + " \"" + example.marked() + "\"";
        tests.add(dynamicTest(name, () -> {
          List<M> alone = find.apply(rule, example.text());
          if (!example.isPositive()) {
            assertEquals(List.of(), alone, "nothing expected");
            return;
          }
          assertEquals(1, alone.size(), "exactly one match expected: " + alone);
          M match = alone.get(0);
          assertEquals(new Span(example.start(), example.end()), span.apply(match));
          assertEquals(example.expected(), describe.apply(match));
          Sentence whole = new Sentence(new Span(0, example.text().length()), example.text());
          assertTrue(inRegistry.apply(whole).stream()
                  .anyMatch(m -> span.apply(m).equals(span.apply(match)) && ruleOf.apply(m).equals(id.apply(rule))),
              "another rule took the span: " + inRegistry.apply(whole));
        }));
      }
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

  private static String describe(Mention m) {
    String unit = m.unit().isEmpty() ? "?" : m.unit();
    return plain(m.value()) + (m.isRange() ? ".." + plain(m.high()) : "") + " " + unit;
  }

  private static String describe(PeriodMention p) {
    switch (p.kind()) {
      case RELATIVE:
        return "-" + p.years() + (p.period().part().isEmpty() ? "" : " " + p.period().part());
      case LAST_YEARS:
        return Integer.toString(p.years());
      case DATE:
        return "date";
      case FULL_YEAR:
        return "full";
      default:
        return p.period().isNone() ? "no year" : p.period().toString();
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
      case GROWTH:
        return "growth";
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
