import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The regex-only floor for the benchmarks: reads every .md, .markdown and .txt file below a
 * folder and counts money amounts with one regular expression, on all cores. Nothing finmetrics
 * does can be faster than this on the same files, so its throughput is the yardstick.
 *
 * <p>usage: java src/bench/RegexFloor.java DIR   (prints "bytes files matches seconds")
 */
public final class RegexFloor {
  private static final Pattern MONEY = Pattern.compile(
      "(?:US\\$|\\$|€|£|¥|₹|\\b(?:USD|EUR|GBP|SEK|INR|JPY)\\s?)\\(?\\d[\\d,]*(?:\\.\\d+)?\\)?"
          + "(?:\\s?(?:thousand|million|billion|trillion|mn|bn|m|k)\\b)?");

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    long start = System.nanoTime();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).filter(RegexFloor::isText).toList();
    }
    long[] totals = files.parallelStream().map(RegexFloor::scan)
        .reduce(new long[2], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(java.util.Locale.ROOT, "%d %d %d %.3f%n", totals[0], files.size(), totals[1], seconds);
  }

  private static boolean isText(Path file) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt");
  }

  /** {bytes, matches} of one file. */
  private static long[] scan(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      Matcher m = MONEY.matcher(new String(bytes, StandardCharsets.UTF_8));
      long matches = 0;
      while (m.find()) {
        matches++;
      }
      return new long[] {bytes.length, matches};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
