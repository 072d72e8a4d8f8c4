package finmetrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real programs an analyst opens our outputs with (LibreOffice, Chromium, pdftotext).
 * A test that needs one is skipped, saying which package installs it, when it is not on PATH:
 * {@code ./mvnw test} passes on a fresh clone, and {@code .ci/run} installs them so CI runs them.
 */
public final class ExternalProgram {
  private ExternalProgram() {}

  /** The first of {@code names} found on PATH; skips the test when there is none. */
  public static String require(String debianPackage, String... names) {
    for (String name : names) {
      for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
        Path candidate = Path.of(dir, name);
        if (!dir.isEmpty() && Files.isExecutable(candidate)) {
          return candidate.toString();
        }
      }
    }
    assumeTrue(false, names[0] + " is not installed (Debian: apt-get install " + debianPackage
        + "); .ci/run installs it");
    throw new AssertionError("unreachable");
  }

  /** Runs the command in {@code dir}; fails with its output unless it exits 0 within the time. */
  public static String run(Path dir, List<String> command, int timeoutSeconds)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile(dir, "program", ".log");
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    boolean finished = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
    if (!finished) {
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertTrue(finished, command.get(0) + " did not finish in " + timeoutSeconds + " s: " + output);
    assertEquals(0, p.exitValue(), String.join(" ", command) + " failed: " + output);
    return output;
  }
}
