package finmetrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import finmetrics.report.ChartFormat;
import finmetrics.report.ReportOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed reports/ must be what {@code ./finmetrics} writes for the committed seeds/. */
class ReportsUpToDateTest {
  @TempDir Path tmp;

  @Test
  void committedReportsMatchAFreshRunOnTheSeeds() throws IOException {
    Pipeline.Outcome outcome = Pipeline.extract(List.of(Path.of("seeds")));
    assertTrue(outcome.facts().size() > 0, "the seeds give no facts");
    Pipeline.writeReport(
        outcome, tmp, new ReportOptions(EnumSet.allOf(ChartFormat.class), outcome.documents()));
    List<String> written = textFiles(tmp);
    assertEquals(written, textFiles(Path.of("reports")), "reports/ holds other files than a run writes");
    for (String name : written) {
      assertEquals(
          withoutChartPixels(Files.readString(tmp.resolve(name), StandardCharsets.UTF_8)),
          withoutChartPixels(Files.readString(Path.of("reports").resolve(name), StandardCharsets.UTF_8)),
          "reports/" + name + " is stale: run ./finmetrics and commit reports/");
    }
    for (String office : List.of("finmetrics.xlsx", "finmetrics.pptx")) {
      assertEquals(zipEntries(tmp.resolve(office)), zipEntries(Path.of("reports").resolve(office)),
          "reports/" + office + " is stale: run ./finmetrics and commit reports/");
    }
    for (String chart : List.of("png", "svg")) {
      try (Stream<Path> charts = Files.list(tmp.resolve("charts"))) {
        assertTrue(charts.anyMatch(p -> p.toString().endsWith("." + chart)), "no " + chart + " chart");
      }
    }
  }

  /**
   * PNG bytes depend on the JDK's and the system's font rasteriser, so the charts embedded in
   * report.html are checked structurally (above), and the rest of the HTML byte for byte.
   */
  private static String withoutChartPixels(String text) {
    return text.replaceAll("data:image/png;base64,[A-Za-z0-9+/=]+", "data:image/png;base64,…");
  }

  /** Each entry of a zip (an Office file) with its uncompressed bytes, as text for a readable diff. */
  private static java.util.Map<String, String> zipEntries(Path zip) throws IOException {
    java.util.Map<String, String> entries = new java.util.LinkedHashMap<>();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
      for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        String content = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        // The deck's chart pictures are PNG, whose pixels depend on the font rasteriser (see below).
        entries.put(e.getName(), e.getName().endsWith(".png") ? "a PNG picture" : content);
      }
    }
    return entries;
  }

  private static List<String> textFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".csv") || n.endsWith(".md") || n.endsWith(".html"))
          .sorted()
          .toList();
    }
  }
}
