package finmetrics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import finmetrics.model.LexiconExtension;
import finmetrics.model.Metric;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --lexicon files: YAML and TSV read alike; every mistake names the file and its line. */
class LexiconFileTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private String problem(String name, String text) throws IOException {
    Path file = write(name, text);
    return assertThrows(LexiconFile.Invalid.class, () -> LexiconFile.read(file)).getMessage();
  }

  @Test
  void yamlAndTsvGiveTheSameWords() throws IOException {
    LexiconExtension yaml = LexiconFile.read(write("w.yaml", """
        currencies:
          Zorkmids: ZMK
        scale_words:
          mrd: 1_000_000_000
        company_aliases:
          Brask: Brask Foundry AB
        metric_phrases:
          takings: revenue
        """));
    LexiconExtension tsv = LexiconFile.read(write("w.tsv",
        "# kind\tphrase\tvalue\ncurrency\tZorkmids\tZMK\nscale\tmrd\t1000000000\ncompany\tBrask\tBrask Foundry AB\nmetric\ttakings\trevenue\n"));
    assertEquals(yaml, tsv);
    assertEquals("ZMK", yaml.currencies().get("zorkmids"));
    assertEquals(0, new BigDecimal("1000000000").compareTo(yaml.scaleWords().get("mrd")));
    assertEquals(Metric.REVENUE, yaml.metricPhrases().get("takings"));
    assertEquals("Brask Foundry AB", yaml.company("BRASK"));
    assertEquals("Other", yaml.company("Other"));
  }

  @Test
  void everyMistakeNamesTheLine() throws IOException {
    assertEquals(dir.resolve("a.yaml") + ":3: currency 'euro' for 'quid' is not an ISO code (three capital letters, e.g. EUR)",
        problem("a.yaml", "currencies:\n  zorkmids: ZMK\n  quid: euro\n"));
    assertEquals(dir.resolve("b.yaml") + ":2: unknown kind 'currencys'; expected one of currencies, scale_words, company_aliases, metric_phrases",
        problem("b.yaml", "# mine\ncurrencys:\n  quid: GBP\n"));
    assertEquals(dir.resolve("c.tsv") + ":2: scale '-3' for 'mrd' must be positive", problem("c.tsv", "\nscale\tmrd\t-3\n"));
    String metric = problem("d.tsv", "metric\ttakings\tsales\n");
    assertEquals(true, metric.startsWith(dir.resolve("d.tsv") + ":1: unknown metric 'sales' for 'takings'; expected one of revenue,"), metric);
    assertEquals(true, problem("e.yaml", "currencies:\n  quid: [GBP\n").startsWith(dir.resolve("e.yaml") + ":2:"));
    assertEquals(dir.resolve("f.txt") + ": a lexicon is YAML (.yaml, .yml) or TSV (.tsv); cannot tell what this file is", problem("f.txt", "x"));
  }
}
