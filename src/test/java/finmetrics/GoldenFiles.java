package finmetrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The golden-file check both golden tests share: the named files written into {@code actual} must
 * equal those in {@code expected} byte for byte, and {@code expected} must hold no others. With
 * {@code -Dgolden.update=true} the expected files are rewritten first; read the diff before
 * committing them.
 */
public final class GoldenFiles {
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private GoldenFiles() {}

  /** The case folders below {@code root}, by name, in sorted order. */
  public static Stream<String> cases(Path root) throws IOException {
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  public static void check(String caseName, Path expected, Path actual, Set<String> files) throws IOException {
    if (UPDATE) {
      Files.createDirectories(expected);
      for (String file : files) {
        Files.copy(actual.resolve(file), expected.resolve(file), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    assertEquals(new TreeSet<>(files), listing(expected), caseName + ": expected/ holds other files than a run writes");
    for (String file : files) {
      assertEquals(
          Files.readString(expected.resolve(file), StandardCharsets.UTF_8),
          Files.readString(actual.resolve(file), StandardCharsets.UTF_8),
          caseName + "/" + file + " differs (rerun with -Dgolden.update=true and read the diff)");
    }
  }

  /** The text outputs (CSV, Markdown, HTML) in a folder, sorted by name. */
  public static Set<String> textFiles(Path dir) throws IOException {
    return listing(dir, List.of(".csv", ".md", ".html"));
  }

  private static Set<String> listing(Path dir) throws IOException {
    return listing(dir, List.of(""));
  }

  private static Set<String> listing(Path dir, List<String> endings) throws IOException {
    if (!Files.isDirectory(dir)) {
      return new TreeSet<>();
    }
    try (Stream<Path> files = Files.list(dir)) {
      TreeSet<String> names = new TreeSet<>();
      files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
          .filter(n -> endings.stream().anyMatch(n::endsWith)).forEach(names::add);
      return names;
    }
  }
}
