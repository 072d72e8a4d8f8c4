package finmetrics.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `report` replaces its output folder as a whole: the user's own files are carried into the new
 * folder, outputs of an earlier run that this run does not make are dropped, a failure leaves the
 * folder as it was, and a run puts back a folder a killed run left missing and removes its leftovers.
 */
class FolderReplacementTest {
  private static final List<String> DOCUMENTS = List.of("a-press.md", "b-profile.md", "c-annual.md");

  @TempDir Path tmp;

  private void report(Path out, Set<ChartFormat> charts) throws IOException {
    ReportWriter.writeAll(out, ReportWriterTest.facts(), new ReportOptions(charts, DOCUMENTS));
  }

  @Test
  void theUsersFilesAndFoldersStayAndWhatTheRunDoesNotMakeGoes() throws IOException {
    Path out = tmp.resolve("out");
    report(out, EnumSet.allOf(ChartFormat.class));
    Files.writeString(out.resolve("notes.md"), "my notes");
    Files.writeString(out.resolve(".gitkeep"), "");
    Files.createDirectories(out.resolve("archive/2023"));
    Files.writeString(out.resolve("archive/2023/old.csv"), "a,b");
    Files.createDirectories(out.resolve("empty"));
    Files.writeString(out.resolve("charts/my-chart.txt"), "mine");
    Files.createSymbolicLink(out.resolve("link-to-notes"), Path.of("notes.md"));
    Files.writeString(out.resolve(".report.html.abc123.tmp"), "left by a killed run of the old writer");
    Object notesFile = Files.readAttributes(out.resolve("notes.md"), java.nio.file.attribute.BasicFileAttributes.class).fileKey();

    report(out, EnumSet.of(ChartFormat.PNG));

    assertEquals("my notes", Files.readString(out.resolve("notes.md")));
    assertEquals(notesFile, Files.readAttributes(out.resolve("notes.md"), java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
        "the same file, linked, not a copy");
    assertTrue(Files.exists(out.resolve(".gitkeep")));
    assertEquals("a,b", Files.readString(out.resolve("archive/2023/old.csv")));
    assertTrue(Files.isDirectory(out.resolve("empty")));
    assertTrue(Files.isSymbolicLink(out.resolve("link-to-notes")));
    assertEquals(Path.of("notes.md"), Files.readSymbolicLink(out.resolve("link-to-notes")));
    assertFalse(Files.exists(out.resolve(".report.html.abc123.tmp")));
    try (Stream<Path> charts = Files.list(out.resolve("charts"))) {
      assertEquals(List.of("cost-structure.png", "margins.png", "my-chart.txt", "revenue-growth.png", "revenue.png"),
          charts.map(p -> p.getFileName().toString()).sorted().toList(), "the SVGs of the first run are gone");
    }
    assertEquals(List.of("out"), siblings(), "nothing left beside the folder");
  }

  @Test
  void theFolderKeepsItsModeAndANewFolderGetsTheUmasks() throws IOException {
    Path out = tmp.resolve("out");
    report(out, Set.of());
    Path plain = Files.createDirectory(tmp.resolve("plain"));
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out));
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwx--x---"));
    report(out, Set.of());
    assertEquals("rwx--x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
  }

  @Test
  void aFailureLeavesTheFolderAsItWasAndNothingBesideIt() throws IOException {
    Path out = tmp.resolve("out");
    report(out, Set.of());
    Map<String, byte[]> before = snapshot(out);
    Files.delete(out.resolve("report.html"));
    Files.createDirectory(out.resolve("report.html")); // a folder where an output must go
    before.remove("report.html");
    IOException e = assertThrows(IOException.class, () -> report(out, EnumSet.of(ChartFormat.PNG)));
    assertTrue(e.getMessage().contains("report.html: a folder has that name"), e.getMessage());
    assertFalse(e.getMessage().contains("finmetrics-new"), "the message names the user's folder: " + e.getMessage());
    Map<String, byte[]> after = snapshot(out);
    assertEquals(before.keySet(), after.keySet());
    before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
    assertEquals(List.of("out"), siblings());
  }

  @Test
  void aFileWhereTheFolderMustGoIsNotAFolder() throws IOException {
    Path out = Files.writeString(tmp.resolve("out"), "x");
    assertThrows(FileAlreadyExistsException.class, () -> report(out, Set.of()));
    assertEquals("x", Files.readString(out));
  }

  @Test
  void aFolderMissingBecauseARunWasKilledBetweenItsRenamesIsPutBackFromTheStagedOne() throws IOException {
    Path out = tmp.resolve("out");
    report(out, Set.of());
    Files.writeString(out.resolve("notes.md"), "my notes");
    // The state a kill between the two renames leaves: the old folder aside, the staged one complete.
    String dead = deadRun();
    copyTree(out, tmp.resolve(".out.finmetrics-new-" + dead));
    Files.writeString(tmp.resolve(".out.finmetrics-new-" + dead + "/staged.txt"), "from the staged folder");
    Files.move(out, tmp.resolve(".out.finmetrics-old-" + dead));

    report(out, Set.of());

    assertEquals("from the staged folder", Files.readString(out.resolve("staged.txt")), "the staged folder was put back");
    assertEquals("my notes", Files.readString(out.resolve("notes.md")));
    assertEquals(List.of("out"), siblings());
  }

  @Test
  void aFolderMissingWithOnlyItsOldCopyBesideItIsPutBack() throws IOException {
    Path out = tmp.resolve("out");
    report(out, Set.of());
    Files.writeString(out.resolve("notes.md"), "my notes");
    String dead = deadRun();
    Files.move(out, tmp.resolve(".out.finmetrics-old-" + dead));
    Files.createDirectory(tmp.resolve(".out.finmetrics-new-" + deadRun())); // another run's, half written

    report(out, Set.of());

    assertEquals("my notes", Files.readString(out.resolve("notes.md")));
    assertEquals(List.of("out"), siblings());
  }

  @Test
  void aHalfWrittenStagingFolderIsRemovedAndNeverTakenForTheFolder() throws IOException {
    Path out = tmp.resolve("out");
    Path half = Files.createDirectory(tmp.resolve(".out.finmetrics-new-" + deadRun()));
    Files.writeString(half.resolve("facts.csv"), "half");
    Files.writeString(half.resolve("mine.txt"), "not the user's: a staged copy");
    report(out, Set.of());
    assertFalse(Files.exists(out.resolve("mine.txt")));
    assertEquals(List.of("out"), siblings());
  }

  @Test
  void whatALiveRunIsWritingIsLeftAlone() throws IOException {
    long start = ProcessHandle.current().info().startInstant().orElseThrow().toEpochMilli();
    Path live = Files.createDirectory(tmp.resolve(".out.finmetrics-new-" + ProcessHandle.current().pid() + "-"
        + Long.toString(start, 36) + "-live"));
    report(tmp.resolve("out"), Set.of());
    assertTrue(Files.isDirectory(live));
  }

  @Test
  void aLinkedFolderStaysALinkAndItsTargetIsReplaced() throws IOException {
    Path real = tmp.resolve("real");
    report(real, Set.of());
    Files.writeString(real.resolve("notes.md"), "my notes");
    Path link = Files.createSymbolicLink(tmp.resolve("link"), Path.of("real"));
    report(link, EnumSet.of(ChartFormat.SVG));
    assertTrue(Files.isSymbolicLink(link));
    assertTrue(Files.exists(real.resolve("charts/revenue.svg")));
    assertEquals("my notes", Files.readString(real.resolve("notes.md")));
    assertEquals(List.of("link", "real"), siblings());
  }

  /** A run token of no live process: this process's PID with a start time that is not its own. */
  private static String deadRun() {
    return ProcessHandle.current().pid() + "-1-" + Long.toString(System.nanoTime() & 0xffffff, 36);
  }

  private List<String> siblings() throws IOException {
    try (Stream<Path> list = Files.list(tmp)) {
      return list.map(p -> p.getFileName().toString()).filter(n -> !n.equals("plain")).sorted().toList();
    }
  }

  private static Map<String, byte[]> snapshot(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
        files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
  }
}
