package finmetrics.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import finmetrics.GoldenFiles;
import finmetrics.analyze.FactsCsvReader;
import finmetrics.model.Fact;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Facts in, report text out, byte for byte: {@code report-golden/<case>/facts.csv} through the
 * analysis and report must give exactly {@code <case>/expected/*}. Run with
 * {@code -Dgolden.update=true} to rewrite the expected files, then read the diff before committing.
 */
class ReportGoldenTest {
  private static final Path CASES = Path.of("src/test/resources/report-golden");
  private static final List<String> COMPARED =
      List.of("comparison.csv", "metrics.csv", "report.html", "report.md");

  @TempDir Path tmp;

  static Stream<String> cases() throws IOException {
    return GoldenFiles.cases(CASES);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportMatchesTheExpectedFilesByteForByte(String name) throws IOException {
    Path caseDir = CASES.resolve(name);
    Path out = run(facts(caseDir), tmp.resolve("out"));
    GoldenFiles.check(name, caseDir.resolve("expected"), out, new TreeSet<>(COMPARED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aReversedFactOrderGivesIdenticalBytes(String name) throws IOException {
    List<Fact> facts = facts(CASES.resolve(name));
    List<Fact> reversed = new ArrayList<>(facts);
    Collections.reverse(reversed);
    Path a = run(facts, tmp.resolve("a"));
    Path b = run(reversed, tmp.resolve("b"));
    for (String file : COMPARED) {
      assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), file);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void factsCsvSurvivesAReadAndWriteRoundTrip(String name) throws IOException {
    Path input = CASES.resolve(name).resolve("facts.csv");
    List<Fact> facts = FactsCsvReader.parse(Files.readString(input, StandardCharsets.UTF_8));
    List<Fact> again = FactsCsvReader.parse(new String(FactsCsvWriter.render(facts), StandardCharsets.UTF_8));
    assertEquals(facts.size(), again.size());
    assertTrue(again.containsAll(facts), name);
  }

  private static List<Fact> facts(Path caseDir) throws IOException {
    return FactsCsvReader.parse(Files.readString(caseDir.resolve("facts.csv"), StandardCharsets.UTF_8));
  }

  private static Path run(List<Fact> facts, Path out) throws IOException {
    List<String> documents =
        facts.stream().map(f -> f.source().documentId()).distinct().sorted().toList();
    ReportWriter.writeAll(out, facts, new ReportOptions(Set.of(), documents));
    return out;
  }
}
