package finmetrics.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A rule's start set promises that every match of its pattern begins at an admitted position.
 * These tests hold every rule to it: on every corpus sentence and rule example, and on variants of
 * them (other case, cut short, joined, tightened), trying a rule only at admitted positions must
 * give exactly the matches of a plain scan.
 */
class StartSetTest {

  @Test
  void admitsOnlyItsCharactersAndWordStarts() {
    StartSet digits = StartSet.anywhere(StartSet.DIGITS);
    assertTrue(digits.admits("x9", 1));
    assertFalse(digits.admits("x9", 0));

    StartSet codes = StartSet.anywhere("$").with("", "e");
    assertTrue(codes.admits("a $5", 2));
    assertTrue(codes.admits("euro 5", 0), "a word-start letter");
    assertTrue(codes.admits("(eur 5)", 1), "after a bracket is a word start");
    assertFalse(codes.admits("the 5", 2), "the same letter inside a word");

    assertTrue(StartSet.WORD_START.admits("net sales", 4));
    assertTrue(StartSet.WORD_START.admits("(loss)", 1), "after a bracket");
    assertTrue(StartSet.WORD_START.admits("R&D", 2), "no letter before it");
    assertFalse(StartSet.WORD_START.admits("net sales", 5));
    assertFalse(StartSet.WORD_START.admits("net  sales", 4), "whitespace starts nothing");
    assertTrue(StartSet.EVERYWHERE.admits("abc", 1));
  }

  @Test
  void givesTheMatchesOfAPlainScan() {
    Pattern number = Pattern.compile("(?<![\\d.])\\d+(?:\\.\\d+)?");
    StartSet digits = StartSet.anywhere(StartSet.DIGITS);
    String text = "Sales of 12.5 and 7 in 2019; 0.5.";
    assertEquals(plain(number, text), anchored(number, digits, text));
    assertEquals(List.of("9-13", "18-19", "23-27", "29-32"), anchored(number, digits, text));
  }

  @Test
  void aTextWithoutARequiredWordIsNotScanned() {
    Pattern ebitda = Pattern.compile("(?i)ebitda");
    StartSet gated = StartSet.EVERYWHERE.requiring("ebitda");
    assertTrue(gated.mayMatchIn("Adjusted EBITDA rose."), "found whatever its case");
    assertFalse(gated.mayMatchIn("Operating profit rose."));
    assertEquals(List.of("9-15"), anchored(ebitda, gated, "Adjusted EBITDA rose."));
    // A required word that the pattern's matches need not contain is caught like a wrong start set.
    assertNotEquals(plain(ebitda, "EBITDA rose."), anchored(ebitda, StartSet.EVERYWHERE.requiring("margin"), "EBITDA rose."));
    assertThrows(IllegalArgumentException.class, () -> StartSet.EVERYWHERE.requiring("EBITDA"));
    assertThrows(IllegalArgumentException.class, () -> StartSet.EVERYWHERE.requiring("top line"));
  }

  @Test
  void aWrongStartSetIsCaught() {
    // The check below would fail a rule whose start set leaves out where its matches begin.
    Pattern money = Pattern.compile("\\$\\d+");
    String text = "It made $5 and $7.";
    assertNotEquals(plain(money, text), anchored(money, StartSet.anywhere(StartSet.DIGITS), text));
  }

  @Test
  void everyRuleFindsWhatAPlainScanFindsOnEveryCorpusText() throws IOException {
    List<String> texts = texts();
    List<String> failures = new ArrayList<>();
    for (AmountRule rule : AmountRules.ALL) {
      check(rule.id(), rule.pattern(), rule.starts(), texts, failures);
    }
    for (CueRule rule : CueRules.ALL) {
      check(rule.id(), rule.pattern(), rule.starts(), texts, failures);
    }
    for (PeriodRule rule : PeriodRules.ALL) {
      check(rule.id(), rule.pattern(), rule.starts(), texts, failures);
    }
    assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())), failures.size() + " differences on " + texts.size() + " texts");
  }

  private static void check(String id, Pattern pattern, StartSet starts, List<String> texts, List<String> failures) {
    for (String text : texts) {
      List<String> expected = plain(pattern, text);
      List<String> actual = anchored(pattern, starts, text);
      if (!expected.equals(actual)) {
        failures.add(id + ": plain " + expected + ", anchored " + actual + " in <<" + text + ">>");
      }
    }
  }

  /** Every corpus sentence, rule example and fuzz seed, and variants of each. */
  private static List<String> texts() throws IOException {
    List<String> base = new ArrayList<>();
    for (String file : LinkerCorpusTest.corpusFiles()) {
      LinkerCorpusTest.cases(file).forEach(c -> base.add(c.sentence()));
    }
    Stream.of(AmountRules.ALL.stream().flatMap(r -> r.examples().stream()),
            PeriodRules.ALL.stream().flatMap(r -> r.examples().stream()),
            CueRules.ALL.stream().flatMap(r -> r.examples().stream()))
        .flatMap(s -> s)
        .forEach(e -> base.add(e.text()));
    Path seeds = Path.of("src/test/resources/finmetrics/fuzz");
    try (Stream<Path> files = Files.walk(seeds)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        base.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
      }
    }
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < base.size(); i++) {
      String s = base.get(i);
      texts.add(s);
      texts.add(s.toUpperCase(Locale.ROOT));
      texts.add(s.toLowerCase(Locale.ROOT));
      texts.add(s.substring(s.length() / 3));
      texts.add(s.replace(" ", ""));
      texts.add(s.replace(' ', '\u00a0'));
      texts.add(s + " " + base.get((i + 1) % base.size()));
    }
    return texts;
  }

  private static List<String> plain(Pattern pattern, String text) {
    List<String> spans = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      spans.add(m.start() + "-" + m.end());
    }
    return spans;
  }

  private static List<String> anchored(Pattern pattern, StartSet starts, String text) {
    List<String> spans = new ArrayList<>();
    starts.forEachMatch(pattern, text, m -> spans.add(m.start() + "-" + m.end()));
    return spans;
  }
}
