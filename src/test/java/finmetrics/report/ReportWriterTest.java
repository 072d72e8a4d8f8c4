package finmetrics.report;

import static finmetrics.TestFacts.fact;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import finmetrics.model.Diagnostic;
import finmetrics.model.Fact;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
  private static final List<String> TEXT_FILES =
      List.of("facts.csv", "metrics.csv", "comparison.csv", "report.md", "report.html");
  private static final List<String> DOCUMENTS = List.of("a-press.md", "b-profile.md", "c-annual.md");

  @TempDir Path tmp;

  static List<Fact> facts() {
    return List.of(
        fact("Acme Cloud", "revenue", "2015", "120000000", "USD", "a-press.md", 3),
        fact("Acme Cloud", "revenue", "2015", "118000000", "USD", "b-profile.md", 8),
        fact("Acme Cloud", "revenue", "2014", "100000000", "USD", "b-profile.md", 9),
        fact("Acme Cloud", "cost_of_revenue", "2015", "40000000", "USD", "b-profile.md", 10),
        fact("Acme Cloud", "net_income", "2015", "-6000000", "USD", "b-profile.md", 11),
        fact("Delta <Oyj> | \"quoted\"", "revenue", "2015", "50000000", "EUR", "c-annual.md", 2),
        fact("Delta <Oyj> | \"quoted\"", "total_costs", "2015", "45000000", "EUR", "c-annual.md", 3),
        fact("Delta <Oyj> | \"quoted\"", "sales_marketing", "2015", "10000000", "EUR", "c-annual.md", 4),
        fact("Delta <Oyj> | \"quoted\"", "research_development", "2015", "20000000", "EUR", "c-annual.md", 5),
        fact("InterSystems", "revenue", "2015", "440000000", "USD", "more_than", "b-profile.md", 20));
  }

  private Path write(String dir, List<Fact> facts, Set<ChartFormat> charts) throws IOException {
    Path out = tmp.resolve(dir);
    ReportWriter.writeAll(out, facts, new ReportOptions(charts, DOCUMENTS));
    return out;
  }

  @Test
  void writesEveryOutputWithChartsAtSlideSize() throws IOException {
    Path out = write("out", facts(), EnumSet.allOf(ChartFormat.class));
    for (String f : TEXT_FILES) {
      assertTrue(Files.isRegularFile(out.resolve(f)), f);
    }
    for (String chart : List.of("revenue", "cost-structure", "margins", "revenue-growth")) {
      BufferedImage png = ImageIO.read(out.resolve("charts/" + chart + ".png").toFile());
      assertEquals(1920, png.getWidth(), chart);
      assertEquals(1080, png.getHeight(), chart);
      String svg = Files.readString(out.resolve("charts/" + chart + ".svg"), StandardCharsets.UTF_8);
      assertTrue(svg.contains("<svg"), chart);
    }
    String revenueSvg = Files.readString(out.resolve("charts/revenue.svg"), StandardCharsets.UTF_8);
    assertTrue(revenueSvg.contains("Acme Cloud"), "the revenue chart names its companies");
  }

  @Test
  void twoRunsAndAReversedInputGiveIdenticalTextOutputs() throws IOException {
    List<Fact> reversed = new ArrayList<>(facts());
    Collections.reverse(reversed);
    Path a = write("a", facts(), EnumSet.of(ChartFormat.PNG));
    Path b = write("b", facts(), EnumSet.of(ChartFormat.PNG));
    Path c = write("c", reversed, EnumSet.of(ChartFormat.PNG));
    for (String f : TEXT_FILES) {
      byte[] first = Files.readAllBytes(a.resolve(f));
      assertArrayEquals(first, Files.readAllBytes(b.resolve(f)), f);
      assertArrayEquals(first, Files.readAllBytes(c.resolve(f)), f);
    }
  }

  @Test
  void htmlIsSelfContainedAndEscapesDocumentText() throws IOException {
    Path out = write("out", facts(), EnumSet.of(ChartFormat.PNG));
    String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    assertFalse(Pattern.compile("(src|href)\\s*=\\s*\"(https?:)?//").matcher(html).find(), "no external reference");
    assertFalse(html.contains("http://") || html.contains("https://"), "no URL at all");
    assertTrue(html.contains("data:image/png;base64,"), "charts are embedded");
    assertTrue(html.contains("Delta &lt;Oyj&gt; | &quot;quoted&quot;"));
    assertFalse(html.contains("<Oyj>"));
  }

  @Test
  void everyNumberInTheMarkdownTableLinksToEvidence() throws IOException {
    Path out = write("out", facts(), Set.of());
    List<String> lines = Files.readAllLines(out.resolve("report.md"), StandardCharsets.UTF_8);
    int start = lines.indexOf("## Comparison");
    int checked = 0;
    Pattern link = Pattern.compile("\\[[^\\]]+\\]\\(#([ED]\\d+)\\)");
    String md = String.join("\n", lines);
    for (String line : lines.subList(start + 4, lines.size())) {
      if (!line.startsWith("|")) {
        break;
      }
      String[] cells = line.substring(1, line.length() - 1).split("(?<!\\\\)\\|");
      assertEquals(16, cells.length, line);
      for (int i = 3; i < cells.length; i++) {
        String cell = cells[i].trim();
        if (cell.isEmpty()) {
          continue;
        }
        Matcher m = link.matcher(cell);
        assertTrue(m.matches(), "cell without evidence link: " + cell);
        assertTrue(md.contains("<a id=\"" + m.group(1) + "\"></a>"), "anchor " + m.group(1));
        checked++;
      }
    }
    assertTrue(checked >= 10, "checked " + checked + " cells");
  }

  @Test
  void conflictsAndUnallocatedCostsAreWarnedAndListed() throws IOException {
    Path out = tmp.resolve("out");
    List<Diagnostic> warnings = ReportWriter.writeAll(out, facts(), new ReportOptions(Set.of(), DOCUMENTS));
    assertEquals(2, warnings.size(), warnings.toString());
    String md = Files.readString(out.resolve("report.md"), StandardCharsets.UTF_8);
    String conflicts = md.substring(md.indexOf("## Conflicts"), md.indexOf("## Derived figures"));
    assertTrue(conflicts.contains("a-press.md:3") && conflicts.contains("b-profile.md:8"), conflicts);
    String facts = Files.readString(out.resolve("facts.csv"), StandardCharsets.UTF_8);
    assertTrue(facts.contains("120000000") && facts.contains("118000000"), "both sources stay in facts.csv");
  }

  @Test
  void aFailedRunLeavesThePreviousOutputsIntact() throws IOException {
    Path out = write("out", facts(), Set.of());
    byte[] before = Files.readAllBytes(out.resolve("metrics.csv"));
    Files.write(out.resolve("charts"), new byte[0]); // a file where the charts folder must go
    assertThrows(IOException.class, () -> write("out", facts().subList(0, 3), EnumSet.of(ChartFormat.PNG)));
    assertArrayEquals(before, Files.readAllBytes(out.resolve("metrics.csv")));
  }

  @Test
  void withOnlySvgRequestedTheHtmlEmbedsTheSvgInline() throws IOException {
    Path out = write("out", facts(), EnumSet.of(ChartFormat.SVG));
    String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    assertTrue(html.contains("<svg"), "inline SVG");
    assertFalse(html.contains("<?xml") || html.contains("<!DOCTYPE svg"), "no XML prolog inside HTML");
    assertFalse(html.contains("http://") || html.contains("https://"), "no URL at all");
    String md = Files.readString(out.resolve("report.md"), StandardCharsets.UTF_8);
    assertTrue(md.contains("](charts/revenue.svg)"), "Markdown links the SVG file");
    assertFalse(Files.exists(out.resolve("charts/revenue.png")));
  }

  @Test
  void outputsGetTheUmaskPermissionsOfAnOrdinaryNewFileNotOwnerOnly() throws IOException {
    Path out = write("out", facts(), EnumSet.of(ChartFormat.PNG));
    Path plain = Files.createFile(tmp.resolve("ordinary")); // what the umask gives any new file
    Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
    assertTrue(expected.contains(PosixFilePermission.OTHERS_READ) || expected.size() <= 2,
        "test needs a umask that lets others read, like 022: " + expected);
    for (String f : List.of("facts.csv", "report.html", "charts/revenue.png")) {
      assertEquals(expected, Files.getPosixFilePermissions(out.resolve(f)), f);
    }
    try (var left = Files.list(out)) {
      assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
    }
  }

  @Test
  void theReportsCsvFilesStartWithAByteOrderMarkAndExtractsFactsCsvDoesNot() throws IOException {
    Path out = write("out", facts(), Set.of());
    for (String f : List.of("facts.csv", "metrics.csv", "comparison.csv")) {
      byte[] bytes = Files.readAllBytes(out.resolve(f));
      assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
          java.util.Arrays.copyOf(bytes, 3), f);
      assertFalse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).contains("\uFEFF"), f);
    }
    byte[] plain = FactsCsvWriter.render(facts());
    assertEquals('d', plain[0], "extract's facts.csv begins with its header, no mark");
    List<Fact> again = finmetrics.analyze.FactsCsvReader.parse(
        Files.readString(out.resolve("facts.csv"), StandardCharsets.UTF_8));
    assertEquals(facts().size(), again.size(), "the reader takes the marked file too");
  }

  @Test
  void theChartFolderHoldsExactlyThisRunsCharts() throws IOException {
    Path out = write("out", facts(), EnumSet.allOf(ChartFormat.class));
    assertTrue(Files.exists(out.resolve("charts/cost-structure.png")));
    Files.writeString(out.resolve("charts/my-notes.txt"), "mine");
    // Only revenue (and its growth) now, and only PNG: the old cost structure and every SVG must go.
    write("out", facts().subList(0, 3), EnumSet.of(ChartFormat.PNG));
    try (var charts = Files.list(out.resolve("charts"))) {
      assertEquals(List.of("my-notes.txt", "revenue-growth.png", "revenue.png"),
          charts.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }
}
