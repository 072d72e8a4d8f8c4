package finmetrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import finmetrics.report.ReportOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Profiles in, every text output compared byte for byte: {@code e2e/<case>/input/*.md} through
 * the whole pipeline must give exactly {@code e2e/<case>/expected/*}. Run with
 * {@code -Dgolden.update=true} to rewrite the expected files, then read the diff before
 * committing.
 */
class EndToEndGoldenTest {
  private static final Path CASES = Path.of("src/test/resources/e2e");

  @TempDir Path tmp;

  static Stream<String> cases() throws IOException {
    return GoldenFiles.cases(CASES);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void outputsMatchTheExpectedFilesByteForByte(String name) throws IOException {
    Path caseDir = CASES.resolve(name);
    Path out = runPipeline(inputs(caseDir), tmp.resolve("out"));
    GoldenFiles.check(name, caseDir.resolve("expected"), out, GoldenFiles.textFiles(out));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void twoRunsAndAReversedInputOrderGiveIdenticalBytes(String name) throws IOException {
    List<Path> inputs = inputs(CASES.resolve(name));
    List<Path> reversed = new ArrayList<>(inputs);
    Collections.reverse(reversed);
    Path first = runPipeline(inputs, tmp.resolve("a"));
    Path second = runPipeline(inputs, tmp.resolve("b"));
    Path third = runPipeline(reversed, tmp.resolve("c"));
    for (String file : GoldenFiles.textFiles(first)) {
      byte[] bytes = Files.readAllBytes(first.resolve(file));
      assertArrayEquals(bytes, Files.readAllBytes(second.resolve(file)), file);
      assertArrayEquals(bytes, Files.readAllBytes(third.resolve(file)), file);
    }
  }

  private static List<Path> inputs(Path caseDir) throws IOException {
    try (Stream<Path> files = Files.list(caseDir.resolve("input"))) {
      List<Path> list = files.sorted().toList();
      assertTrue(!list.isEmpty(), caseDir + " has no input files");
      return list;
    }
  }

  private static Path runPipeline(List<Path> inputs, Path out) throws IOException {
    Pipeline.Outcome outcome = Pipeline.extract(inputs);
    Pipeline.writeReport(outcome, out, new ReportOptions(Set.of(), outcome.documents()));
    return out;
  }
}
