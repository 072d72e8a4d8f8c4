package finmetrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile cases that need a process of their own: files the user may not read (root reads
 * everything, so as root the run is made as {@code nobody}), and non-ASCII paths under a locale
 * that cannot name them.
 */
class ChildProcessHostileInputTest {
  private static final String GOOD =
      "# Businessmodel of Northwind Traders\n\nNorthwind Traders generated revenue of $12.5 million in 2021.\n";

  @TempDir Path dir;

  @Test
  void anUnreadableFileAndAnUnreadableSubfolderCostOnlyThemselves() throws Exception {
    boolean root = "root".equals(System.getProperty("user.name"));
    Path runuser = Stream.of("/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser").map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    assumeTrue(!root || runuser != null, "running as root without runuser: root reads every file, so nothing is unreadable");
    Path in = dir.resolve("in");
    Files.createDirectories(in.resolve("locked"));
    Files.writeString(in.resolve("good.md"), GOOD);
    Files.writeString(in.resolve("secret.md"), "Revenue was $1 million in 2020.\n");
    Files.writeString(in.resolve("locked/hidden.md"), "Revenue was $2 million in 2020.\n");
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    List<String> command;
    if (root) {
      // nobody must reach the classes, the inputs and the output folder.
      String classpath = copyClasspath(dir.resolve("cp"));
      openUp(dir);
      command = new ArrayList<>(List.of(runuser.toString(), "-u", "nobody", "--"));
      command.addAll(ChildJvm.command(List.of(), classpath, "extract", in.toString(), "--out", out.toString()));
    } else {
      command = ChildJvm.command(List.of(), ChildJvm.classpath(), "extract", in.toString(), "--out", out.toString());
    }
    Files.setPosixFilePermissions(in.resolve("secret.md"), PosixFilePermissions.fromString("---------"));
    Files.setPosixFilePermissions(in.resolve("locked"), PosixFilePermissions.fromString("---------"));
    try {
      ChildJvm.Result result = ChildJvm.run(command, Map.of(), dir.resolve("logs"));
      assertEquals(1, result.code(), result.err());
      List<String> lines = result.err().lines().filter(l -> !l.matches("finmetrics: \\d+ facts? from .*")).toList();
      assertEquals(2, lines.size(), result.err());
      assertTrue(lines.get(0).endsWith("in/locked: cannot read (permission denied)"), lines.get(0));
      assertTrue(lines.get(1).endsWith("in/secret.md: permission denied"), lines.get(1));
      assertTrue(Files.readString(out.resolve("facts.csv")).contains("good.md,Northwind Traders,revenue,2021,12500000"));
    } finally {
      Files.setPosixFilePermissions(in.resolve("locked"), PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void pathsWithSpacesAndNonAsciiAreNamedRightUnderTheCLocale() throws Exception {
    Path in = dir.resolve("in");
    Path nested = in.resolve("Société € 2020");
    Files.createDirectories(nested);
    Files.writeString(nested.resolve("Überblick Zürich.md"), "# Businessmodel of Zürich AG\n\nRevenue was $5 million in 2020.\n");
    Files.writeString(in.resolve("good.md"), GOOD);
    Map<String, String> env = new HashMap<>();
    env.put("LC_ALL", null);
    env.put("LC_CTYPE", null);
    env.put("LANG", "C");
    ChildJvm.Result result =
        ChildJvm.run(ChildJvm.command(List.of(), ChildJvm.classpath(), "extract", in.toString(), "--out", "-"), env, dir.resolve("logs"));
    assertEquals(0, result.code(), result.err());
    assertTrue(result.out().contains("\nSociété € 2020/Überblick Zürich.md,Zürich AG,revenue,2020,5000000,USD"), result.out());
    assertFalse(result.out().contains("\uFFFD"), result.out());
  }

  private static String copyClasspath(Path target) throws IOException {
    List<String> entries = new ArrayList<>();
    int n = 0;
    for (String entry : ChildJvm.classpath().split(java.io.File.pathSeparator)) {
      Path source = Path.of(entry);
      if (!Files.exists(source)) {
        continue;
      }
      Path copy = target.resolve(n++ + "-" + source.getFileName());
      copyTree(source, copy);
      entries.add(copy.toString());
    }
    return String.join(java.io.File.pathSeparator, entries);
  }

  private static void copyTree(Path source, Path target) throws IOException {
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path p : walk.toList()) {
        Path to = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.createDirectories(to.getParent());
          Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /** Lets every user read the tree and enter its folders, and the folders above it. */
  private static void openUp(Path tree) throws IOException {
    try (Stream<Path> walk = Files.walk(tree)) {
      for (Path p : walk.toList()) {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxrwxrwx" : "rw-r--r--"));
      }
    }
    for (Path up = tree.getParent(); up != null && !up.equals(up.getRoot()); up = up.getParent()) {
      var perms = Files.getPosixFilePermissions(up);
      perms.add(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE);
      Files.setPosixFilePermissions(up, perms);
    }
  }
}
