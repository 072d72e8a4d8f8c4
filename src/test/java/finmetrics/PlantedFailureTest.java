package finmetrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import finmetrics.analyze.FactsCsvReader;
import finmetrics.model.Fact;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bug in the extractor, planted in one sentence among good files through the test seam
 * {@code -Dfinmetrics.test.failOnSentence}, costs that sentence only: the CLI (a child JVM, so
 * standard error and the exit code are the real ones) still writes every other fact of that file
 * and of the others, says so in one line naming the file and line, with no stack trace, and exits 1.
 */
class PlantedFailureTest {
  private static final String MARKER = "Brightwater";

  @TempDir Path dir;

  private Path inputs() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("alder.md"), """
        # Businessmodel of Alder Freight

        Alder Freight earned revenue of $40 million in 2021. Its revenue for 2022 came to $46 million.
        """, StandardCharsets.UTF_8);
    // Line 5 holds the planted sentence, between good ones in the same paragraph and the next.
    Files.writeString(in.resolve("birch.md"), """
        # Businessmodel of Birch Labs

        ## Results

        Birch Labs reported revenue of $12 million in 2020. Its Brightwater unit made revenue of $3 million in 2020. Net income for 2020 was $2 million.

        In 2021 Birch Labs grew revenue to $15 million.
        """, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("cedar.md"), """
        # Businessmodel of Cedar Foods

        Cedar Foods had revenue of EUR 80 million in 2019.
        """, StandardCharsets.UTF_8);
    return in;
  }

  @Test
  void aFailingSentenceInTheReportCostsOnlyItself() throws Exception {
    Path in = inputs();
    ChildJvm.Result plain = run(List.of(), "report", in.toString(), "--out", dir.resolve("plain").toString(), "--charts", "none");
    assertEquals(0, plain.code(), plain.err());
    ChildJvm.Result planted = run(List.of("-Dfinmetrics.test.failOnSentence=" + MARKER),
        "report", in.toString(), "--out", dir.resolve("planted").toString(), "--charts", "none");
    assertOneLineAndExitOne(planted);
    assertOnlyThePlantedSentencesFactsAreMissing(facts(dir.resolve("plain/facts.csv")), facts(dir.resolve("planted/facts.csv")));
  }

  @Test
  void aFailingSentenceInAStreamedExtractCostsOnlyItself() throws Exception {
    Path in = inputs();
    ChildJvm.Result plain = run(List.of(), "extract", in.toString(), "--out", "-", "--threads", "1");
    assertEquals(0, plain.code(), plain.err());
    ChildJvm.Result planted = run(List.of("-Dfinmetrics.test.failOnSentence=" + MARKER), "extract", in.toString(), "--out", "-");
    assertOneLineAndExitOne(planted);
    assertOnlyThePlantedSentencesFactsAreMissing(FactsCsvReader.parse(plain.out()), FactsCsvReader.parse(planted.out()));
  }

  private ChildJvm.Result run(List<String> jvmOptions, String... args) throws Exception {
    return ChildJvm.run(ChildJvm.command(jvmOptions, ChildJvm.classpath(), args), Map.of(), dir.resolve("logs"));
  }

  private static void assertOneLineAndExitOne(ChildJvm.Result planted) {
    assertEquals(1, planted.code(), planted.err());
    List<String> lines = planted.err().lines().filter(l -> !l.matches("finmetrics: \\d+ facts? from .*")).toList();
    assertEquals(1, lines.size(), "one line, no stack trace:\n" + planted.err());
    assertTrue(lines.get(0).startsWith("finmetrics: error: birch.md:5: internal error in the extractor, sentence skipped: "),
        lines.get(0));
    assertFalse(planted.err().contains("\tat ") || planted.err().contains("Exception in thread"), planted.err());
  }

  /** The planted run has every fact of the plain run except those of the planted sentence, and those are there. */
  private static void assertOnlyThePlantedSentencesFactsAreMissing(List<Fact> plain, List<Fact> planted) {
    Set<String> all = plain.stream().map(PlantedFailureTest::describe).collect(Collectors.toCollection(java.util.TreeSet::new));
    Set<String> kept = planted.stream().map(PlantedFailureTest::describe).collect(Collectors.toCollection(java.util.TreeSet::new));
    Set<String> ofThePlantedSentence = plain.stream()
        .filter(f -> f.source().documentId().equals("birch.md") && f.source().evidence().contains(MARKER))
        .map(PlantedFailureTest::describe).collect(Collectors.toSet());
    assertFalse(ofThePlantedSentence.isEmpty(), "the planted sentence gives a fact without the plant: " + all);
    for (String expected : List.of(
        "alder.md:3 revenue 2021 40000000", "alder.md:3 revenue 2022 46000000",
        "birch.md:5 revenue 2020 12000000", "birch.md:5 net_income 2020 2000000",
        "birch.md:7 revenue 2021 15000000", "cedar.md:3 revenue 2019 80000000")) {
      assertTrue(all.contains(expected), expected + " missing without the plant: " + all);
    }
    Set<String> expected = new java.util.TreeSet<>(all);
    expected.removeAll(ofThePlantedSentence);
    assertEquals(expected, kept);
  }

  private static String describe(Fact f) {
    return f.source().documentId() + ":" + f.source().line() + " " + f.metric().id() + " " + f.period()
        + " " + f.value().stripTrailingZeros().toPlainString();
  }

  private static List<Fact> facts(Path csv) throws Exception {
    return FactsCsvReader.parse(Files.readString(csv, StandardCharsets.UTF_8));
  }
}
