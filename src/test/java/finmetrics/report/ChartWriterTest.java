package finmetrics.report;

import static finmetrics.TestFacts.fact;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import finmetrics.analyze.Analysis;
import finmetrics.analyze.MetricCalculator;
import java.awt.Color;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChartWriterTest {
  @Test
  void eachCompanyKeepsOneColourWhateverTheInputOrder() {
    Analysis a = MetricCalculator.compute(List.of(
        fact("Beta", "revenue", "2015", "1", "USD", "b.md", 1),
        fact("Alpha", "revenue", "2015", "2", "USD", "a.md", 1)));
    Map<String, Color> colours = ChartWriter.companyColours(a.rows());
    assertEquals(List.of("Alpha", "Beta"), List.copyOf(colours.keySet()));
    assertFalse(colours.get("Alpha").equals(colours.get("Beta")));
  }

  @Test
  void aChartWithoutDataIsLeftOutAndNoFormatMeansNoCharts() throws IOException {
    Analysis a = MetricCalculator.compute(List.of(fact("A", "revenue", "2015", "2", "USD", "a.md", 1)));
    List<ChartWriter.Chart> charts = ChartWriter.render(a, List.of("a.md"), EnumSet.of(ChartFormat.SVG));
    assertEquals(List.of("revenue"), charts.stream().map(ChartWriter.Chart::name).toList());
    assertTrue(ChartWriter.render(a, List.of("a.md"), Set.of()).isEmpty());
  }

  @Test
  void fontFailuresAreRecognisedFromTheirMessageOrStack() {
    assertTrue(ChartWriter.isFontFailure(new NullPointerException("Fontconfig head is null")));
    RuntimeException deep = new RuntimeException("boom");
    deep.setStackTrace(new StackTraceElement[] {
        new StackTraceElement("sun.awt.FontConfiguration", "init", "FontConfiguration.java", 1)});
    assertTrue(ChartWriter.isFontFailure(new IllegalStateException("wrapped", deep)));
    assertTrue(ChartWriter.isFontFailure(new NoClassDefFoundError("Could not initialize class sun.awt.X11FontManager")));
    assertFalse(ChartWriter.isFontFailure(new IllegalArgumentException("no data")));
    assertFalse(ChartWriter.isFontFailure(new NoClassDefFoundError("de/erichseifert/vectorgraphics2d/Processors")));
  }

  @Test
  void chartsAreTheSameBytesWhateverTheDefaultLocale() throws IOException {
    Analysis a = MetricCalculator.compute(List.of(
        fact("Alpha", "revenue", "2014", "1000000", "USD", "a.md", 1),
        fact("Alpha", "revenue", "2015", "1234567", "USD", "a.md", 2)));
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ROOT);
      byte[] root = ChartWriter.render(a, List.of("a.md"), EnumSet.of(ChartFormat.SVG)).get(0).files().get(ChartFormat.SVG);
      Locale.setDefault(Locale.GERMANY); // decimal comma, dot grouping
      byte[] german = ChartWriter.render(a, List.of("a.md"), EnumSet.of(ChartFormat.SVG)).get(0).files().get(ChartFormat.SVG);
      assertArrayEquals(root, german);
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void theSourceLineNamesDocumentsAndCountsTheRest() {
    assertEquals("Source: a.md, b.md", ChartWriter.sourceLine(List.of("a.md", "b.md")));
    String many = ChartWriter.sourceLine(List.of("x".repeat(60) + ".md", "y".repeat(40) + ".md", "z.md"), 900);
    assertTrue(many.endsWith(" and 2 more"), many);
  }
}
