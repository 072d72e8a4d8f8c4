package finmetrics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@code finmetrics.Main} in a separate JVM, with the test classpath, an environment and a timeout. */
final class ChildJvm {
  record Result(int code, String out, String err) {}

  private ChildJvm() {}

  static List<String> command(List<String> jvmOptions, String classpath, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Djava.awt.headless=true");
    command.add("-XX:+UseSerialGC");
    command.add("-XX:TieredStopAtLevel=1");
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classpath);
    command.add("finmetrics.Main");
    command.addAll(List.of(args));
    return command;
  }

  static String classpath() {
    return System.getProperty("java.class.path");
  }

  /** Starts the child; {@code env} entries with a null value are removed from its environment. */
  static Process start(List<String> command, Map<String, String> env, Path outFile, Path errFile) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command);
    env.forEach((k, v) -> {
      if (v == null) {
        builder.environment().remove(k);
      } else {
        builder.environment().put(k, v);
      }
    });
    builder.redirectOutput(outFile.toFile()).redirectError(errFile.toFile());
    return builder.start();
  }

  static Result run(List<String> command, Map<String, String> env, Path scratch) throws IOException, InterruptedException {
    Files.createDirectories(scratch);
    Path out = Files.createTempFile(scratch, "out", ".txt");
    Path err = Files.createTempFile(scratch, "err", ".txt");
    Process process = start(command, env, out, err);
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("no answer in 180 s: " + command);
    }
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }
}
