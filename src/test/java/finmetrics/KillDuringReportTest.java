package finmetrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL while `report` writes: the run is a child JVM on a large input; the test watches the
 * output folder and kills the child the moment a temporary file appears in it.
 */
class KillDuringReportTest {
  private static final int COPIES = 20; // 180 profiles: enough outputs that writing them takes a while

  @TempDir Path dir;

  @Test
  void aKillWhileWritingLeavesEveryOutputWholeEitherTheOldOrTheNew() throws Exception {
    Kill kill = killWhileWriting();
    for (Map.Entry<String, byte[]> e : kill.after().entrySet()) {
      if (isTemporary(e.getKey())) {
        continue; // today's writer may leave these after a kill; the disabled test below wants none
      }
      byte[] old = kill.before().get(e.getKey());
      byte[] fresh = kill.complete().get(e.getKey());
      boolean whole = java.util.Arrays.equals(e.getValue(), old) || java.util.Arrays.equals(e.getValue(), fresh);
      assertTrue(whole, e.getKey() + " is neither the previous file nor the new one");
    }
    assertTrue(kill.after().keySet().containsAll(kill.before().keySet()), "a previous output vanished: " + kill.after().keySet());
  }

  @Test
  @Disabled("until `report` replaces its folder as a whole and removes temporary files of a killed run (issue 11, items 5 and 8: the report writer's part)")
  void aKillWhileWritingLeavesThePreviousFolderIntactAndNoTemporaryFileAfterTheNextRun() throws Exception {
    Kill kill = killWhileWriting();
    assertEquals(kill.before().keySet(), kill.after().keySet().stream().filter(f -> !isTemporary(f)).collect(java.util.stream.Collectors.toSet()));
    boolean allOld = kill.before().entrySet().stream().allMatch(e -> java.util.Arrays.equals(e.getValue(), kill.after().get(e.getKey())));
    boolean allNew = kill.complete().entrySet().stream().allMatch(e -> java.util.Arrays.equals(e.getValue(), kill.after().get(e.getKey())));
    assertTrue(allOld || allNew, "a mix of old and new outputs");
    ChildJvm.Result next = ChildJvm.run(report(kill.input(), kill.out()), Map.of(), dir.resolve("logs"));
    assertEquals(0, next.code(), next.err());
    assertTrue(snapshot(kill.out()).keySet().stream().noneMatch(KillDuringReportTest::isTemporary), "temporary files left");
  }

  /** What the folder held before, right after the kill, and after a complete run on the large input. */
  record Kill(Path input, Path out, Map<String, byte[]> before, Map<String, byte[]> after, Map<String, byte[]> complete) {}

  private Kill killWhileWriting() throws Exception {
    Path small = dir.resolve("small");
    Path large = dir.resolve("large");
    Files.createDirectories(small);
    Files.createDirectories(large);
    List<Path> seeds;
    try (Stream<Path> list = Files.list(Path.of("seeds"))) {
      seeds = list.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    Files.copy(seeds.get(0), small.resolve(seeds.get(0).getFileName()));
    for (int i = 0; i < COPIES; i++) {
      for (Path seed : seeds) {
        Files.copy(seed, large.resolve(i + "-" + seed.getFileName()));
      }
    }
    Path completeOut = dir.resolve("complete");
    assertEquals(0, ChildJvm.run(report(large, completeOut), Map.of(), dir.resolve("logs")).code());
    Map<String, byte[]> complete = snapshot(completeOut);

    Path out = dir.resolve("out");
    for (int attempt = 0; attempt < 5; attempt++) {
      assertEquals(0, ChildJvm.run(report(small, out), Map.of(), dir.resolve("logs")).code());
      Map<String, byte[]> before = snapshot(out);
      Process child = ChildJvm.start(report(large, out), Map.of(), dir.resolve("child.out"), dir.resolve("child.err"));
      boolean caught = false;
      while (child.isAlive()) {
        if (hasTemporary(out)) {
          child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
          caught = true;
          break;
        }
      }
      child.waitFor(60, TimeUnit.SECONDS);
      if (caught) {
        System.out.println("KillDuringReportTest: killed while writing at attempt " + (attempt + 1));
        return new Kill(large, out, before, snapshot(out), complete);
      }
    }
    throw new AssertionError("the child finished five times before a temporary file could be seen");
  }

  private static List<String> report(Path input, Path out) {
    return ChildJvm.command(List.of(), ChildJvm.classpath(), "report", input.toString(), "--out", out.toString());
  }

  private static boolean isTemporary(String name) {
    return name.endsWith(".tmp") || Path.of(name).getFileName().toString().startsWith(".");
  }

  private static boolean hasTemporary(Path out) {
    try (Stream<Path> walk = Files.walk(out)) {
      return walk.anyMatch(p -> p.getFileName().toString().endsWith(".tmp"));
    } catch (NoSuchFileException | java.io.UncheckedIOException e) {
      return false; // a file moved away while we looked
    } catch (IOException e) {
      return false;
    }
  }

  private static Map<String, byte[]> snapshot(Path out) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        try {
          files.put(out.relativize(p).toString(), Files.readAllBytes(p));
        } catch (NoSuchFileException e) {
          // gone between listing and reading
        }
      }
    }
    return files;
  }
}
