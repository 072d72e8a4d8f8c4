package finmetrics;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL while `report` writes: the run is a child JVM on a large input into a folder that also
 * holds the user's own files; the test watches the folder and its parent and kills the child the
 * moment a temporary file or staging folder appears (while writing), or the moment the old folder
 * is moved aside (while swapping).
 */
class KillDuringReportTest {
  private static final int COPIES = 20; // 180 profiles: enough outputs that writing them takes a while
  private static final int USER_FILES = 1000; // the user's own files: carrying and removing them takes a while too

  @TempDir Path dir;

  @Test
  void aKillWhileWritingLeavesEveryOutputWholeEitherTheOldOrTheNew() throws Exception {
    Kill kill = killWhen(KillDuringReportTest::isWriting);
    assertTrue(kill.after() != null, "the folder is missing after a kill while writing");
    for (Map.Entry<String, byte[]> e : kill.after().entrySet()) {
      if (isTemporary(e.getKey())) {
        continue; // a per-file writer may leave these after a kill; the test below wants none
      }
      byte[] old = kill.before().get(e.getKey());
      byte[] fresh = kill.complete().get(e.getKey());
      boolean whole = java.util.Arrays.equals(e.getValue(), old) || java.util.Arrays.equals(e.getValue(), fresh);
      assertTrue(whole, e.getKey() + " is neither the previous file nor the new one");
    }
    assertTrue(kill.after().keySet().containsAll(kill.before().keySet()), "a previous output vanished: " + kill.after().keySet());
  }

  @Test
  void aKillWhileWritingLeavesThePreviousFolderIntactAndNoTemporaryFileAfterTheNextRun() throws Exception {
    Kill kill = killWhen(KillDuringReportTest::isWriting);
    assertTrue(kill.after() != null, "the folder is missing after a kill while writing");
    assertWholeOldOrNew(kill, kill.after());
    assertTheNextRunCleansUp(kill);
  }

  @Test
  void aKillWhileSwappingLeavesTheOldFolderTheNewOneOrTheCompleteStagedOneWhichTheNextRunPutsBack() throws Exception {
    Kill kill = killWhen(KillDuringReportTest::isSwapping);
    if (kill.after() != null) {
      assertWholeOldOrNew(kill, kill.after());
    } else {
      // Killed between the two renames: the staged folder beside it must be complete.
      List<Path> staged = leftovers(kill.out()).stream().filter(p -> p.getFileName().toString().contains("-new-")).toList();
      assertEquals(1, staged.size(), "the folder is missing and no staged folder is beside it: " + leftovers(kill.out()));
      assertEquals(List.of(), differences(asText(kill.completeWithUserFiles()), snapshotAsText(staged.get(0))), "the staged folder is incomplete");
    }
    assertTheNextRunCleansUp(kill);
  }

  private static void assertWholeOldOrNew(Kill kill, Map<String, byte[]> after) {
    Map<String, String> now = asText(after);
    Map<String, String> old = asText(kill.before());
    Map<String, String> fresh = asText(kill.completeWithUserFiles());
    assertTrue(now.equals(old) || now.equals(fresh),
        "a mix of old and new outputs, or a user's file lost; unlike the old folder: " + differences(now, old)
            + "; unlike the new one: " + differences(now, fresh));
  }

  /** The names whose content differs, or that only one side has (at most ten). */
  private static List<String> differences(Map<String, String> a, Map<String, String> b) {
    java.util.Set<String> names = new java.util.TreeSet<>(a.keySet());
    names.addAll(b.keySet());
    return names.stream().filter(n -> !java.util.Objects.equals(a.get(n), b.get(n))).limit(10).toList();
  }

  private void assertTheNextRunCleansUp(Kill kill) throws Exception {
    ChildJvm.Result next = ChildJvm.run(report(kill.input(), kill.out()), Map.of(), dir.resolve("logs"));
    assertEquals(0, next.code(), next.err());
    Map<String, byte[]> after = snapshot(kill.out());
    assertEquals(List.of(), after.keySet().stream().filter(KillDuringReportTest::isTemporary).toList(), "temporary files left");
    assertEquals(List.of(), leftovers(kill.out()), "staging or old folders left beside the output folder");
    assertEquals(List.of(), differences(asText(kill.completeWithUserFiles()), asText(after)), "the next run's folder is not the new outputs plus the user's files");
  }

  /**
   * What the folder held before (the user's files included), right after the kill (null when it
   * was missing), and after a complete run on the large input (without the user's files).
   */
  record Kill(Path input, Path out, Map<String, byte[]> before, Map<String, byte[]> after, Map<String, byte[]> complete,
      Map<String, byte[]> userFiles) {
    Map<String, byte[]> completeWithUserFiles() {
      Map<String, byte[]> all = new TreeMap<>(complete);
      all.putAll(userFiles);
      return all;
    }
  }

  private Kill killWhen(java.util.function.Predicate<Path> moment) throws Exception {
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
    Map<String, byte[]> userFiles = new TreeMap<>();
    userFiles.put("notes.md", "My own notes on these figures.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    for (int i = 0; i < USER_FILES; i++) {
      userFiles.put("archive/" + i + ".txt", ("kept " + i + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    for (int attempt = 0; attempt < 5; attempt++) {
      assertEquals(0, ChildJvm.run(report(small, out), Map.of(), dir.resolve("logs")).code());
      for (Map.Entry<String, byte[]> e : userFiles.entrySet()) {
        Files.createDirectories(out.resolve(e.getKey()).getParent());
        Files.write(out.resolve(e.getKey()), e.getValue());
      }
      Map<String, byte[]> before = snapshot(out);
      Process child = ChildJvm.start(report(large, out), Map.of(), dir.resolve("child.out"), dir.resolve("child.err"));
      boolean caught = false;
      while (child.isAlive()) {
        if (moment.test(out)) {
          child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
          caught = true;
          break;
        }
      }
      child.waitFor(60, TimeUnit.SECONDS);
      if (caught) {
        System.out.println("KillDuringReportTest: killed at attempt " + (attempt + 1) + "; beside the folder: " + leftovers(out)
            + (Files.exists(out) ? "" : "; the folder is missing"));
        return new Kill(large, out, before, Files.exists(out) ? snapshot(out) : null, complete, userFiles);
      }
    }
    throw new AssertionError("the child finished five times before the moment to kill it could be seen");
  }

  private static List<String> report(Path input, Path out) {
    return ChildJvm.command(List.of(), ChildJvm.classpath(), "report", input.toString(), "--out", out.toString());
  }

  private static boolean isTemporary(String name) {
    return name.endsWith(".tmp") || Path.of(name).getFileName().toString().startsWith(".");
  }

  /** A temporary file in the folder (a per-file writer) or a staging folder beside it. */
  private static boolean isWriting(Path out) {
    return names(out).stream().anyMatch(n -> n.endsWith(".tmp"))
        || names(out.resolve("charts")).stream().anyMatch(n -> n.endsWith(".tmp"))
        || names(out.getParent()).stream().anyMatch(n -> n.startsWith("." + out.getFileName() + ".finmetrics-new-"));
  }

  /** The previous folder moved aside. */
  private static boolean isSwapping(Path out) {
    return names(out.getParent()).stream().anyMatch(n -> n.startsWith("." + out.getFileName() + ".finmetrics-old-"));
  }

  private static List<String> names(Path folder) {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      return List.of(); // missing, or changed while we looked
    }
  }

  /** Hidden entries beside the output folder that a run made: staging and old folders. */
  private static List<Path> leftovers(Path out) throws IOException {
    try (Stream<Path> list = Files.list(out.getParent())) {
      return list.filter(p -> p.getFileName().toString().startsWith("." + out.getFileName() + ".")).sorted().toList();
    }
  }

  /** Bytes as text, so that a failing comparison shows which files differ. */
  private static Map<String, String> asText(Map<String, byte[]> files) {
    Map<String, String> text = new TreeMap<>();
    files.forEach((k, v) -> text.put(k, v.length + " bytes, hash " + java.util.Arrays.hashCode(v)));
    return text;
  }

  private static Map<String, String> snapshotAsText(Path folder) throws IOException {
    return asText(snapshot(folder));
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
