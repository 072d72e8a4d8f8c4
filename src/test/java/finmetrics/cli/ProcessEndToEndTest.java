package finmetrics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs finmetrics as a separate process, as a shell does: a real standard input and output, a
 * working folder of its own, and standard error that is not a terminal.
 */
class ProcessEndToEndTest {
  private static final String PROFILE =
      "# Business model of Harrow Kilns\n\nHarrow Kilns generated revenue of $9.5 million in 2020.\n";

  @TempDir Path dir;

  record Result(int code, String out, String err) {}

  private Result finmetrics(Path workingDir, Path stdin, String... args) throws IOException, InterruptedException {
    return finmetrics(List.of(), workingDir, stdin, args);
  }

  private Result finmetrics(List<String> jvmOptions, Path workingDir, Path stdin, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("-XX:TieredStopAtLevel=1");
    command.add("finmetrics.Main");
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
    Path out = dir.resolve("stdout");
    Path err = dir.resolve("stderr");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.redirectInput(stdin == null ? ProcessBuilder.Redirect.from(new File("/dev/null")) : ProcessBuilder.Redirect.from(stdin.toFile()));
    int code = builder.start().waitFor();
    return new Result(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void aFileOnStandardInputGivesTheSameFactsAsTheFile() throws Exception {
    Path file = dir.resolve("harrow.md");
    Files.writeString(file, PROFILE);
    Result fromFile = finmetrics(dir, null, "extract", file.toString());
    Result fromStdin = finmetrics(dir, file, "extract", "-", "--name", "harrow.md");
    assertEquals(0, fromStdin.code(), fromStdin.err());
    assertTrue(fromStdin.out().contains("harrow.md,Harrow Kilns,revenue,2020,9500000,USD,exact"), fromStdin.out());
    assertEquals(fromFile.out(), fromStdin.out());
    // Standard error is not a terminal here: the summary line, and no progress bar.
    assertEquals("finmetrics: 1 fact from 1 document\n", fromStdin.err());
  }

  @Test
  void bareFinmetricsOutsideTheProjectPrintsTheUsageWithAPointerToReport() throws Exception {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Result run = finmetrics(elsewhere, null);
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("Usage: finmetrics"), run.out());
    assertTrue(run.out().contains("finmetrics report PATH"), run.out());
    assertFalse(run.err().contains("no such file"), run.err());
    assertFalse(Files.exists(elsewhere.resolve("reports")));
  }

  @Test
  void extractAndExplainNeverLoadTheAnalysisChartOrWindowingLibraries() throws Exception {
    Path file = dir.resolve("harrow.md");
    Files.writeString(file, PROFILE);
    for (String command : List.of("extract", "explain")) {
      Path log = dir.resolve(command + "-classes.txt");
      Result run = finmetrics(List.of("-Xlog:class+load:file=" + log), dir, null, command, file.toString());
      assertEquals(0, run.code(), run.err());
      String classes = Files.readString(log);
      assertTrue(classes.contains(" finmetrics.extract.FactExtractor "), "the log lists loaded classes");
      for (String heavy : List.of(" tech.tablesaw.", " org.knowm.xchart.", " java.awt.", " org.apache.poi.", " finmetrics.analyze.")) {
        assertFalse(classes.contains(heavy), command + " loaded" + heavy);
      }
    }
  }
}
