package finmetrics.report;

import finmetrics.analyze.Analysis;
import finmetrics.analyze.MetricRow;
import finmetrics.model.Qualifier;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;

/**
 * Renders the slide charts (revenue, cost structure, margins, revenue growth) as PNG and SVG
 * bytes: 1920×1080, white, large type, one fixed colour per company, missing values left out.
 */
public final class ChartWriter {
  public static final int WIDTH = 1920;
  public static final int HEIGHT = 1080;
  static final String FONTS_MESSAGE =
      "charts need fonts: install the Debian packages fontconfig and fonts-dejavu-core";

  // Okabe-Ito: distinguishable with colour-blindness and in print.
  private static final Color[] PALETTE = {
    new Color(0x00, 0x72, 0xB2), new Color(0xE6, 0x9F, 0x00), new Color(0x00, 0x9E, 0x73),
    new Color(0xCC, 0x79, 0xA7), new Color(0x56, 0xB4, 0xE9), new Color(0xD5, 0x5E, 0x00),
    new Color(0xF0, 0xE4, 0x42), new Color(0x00, 0x00, 0x00),
    // Beyond Okabe-Ito's eight, Paul Tol's darker hues keep up to twelve companies apart.
    new Color(0x88, 0x22, 0x55), new Color(0x99, 0x99, 0x33), new Color(0x66, 0x33, 0x00),
    new Color(0x77, 0x77, 0x77)
  };
  // More bars than this and a horizontal value label no longer fits its bar: turn it upright.
  private static final int MAX_BARS_FOR_FLAT_LABELS = 12;
  // Paul Tol's muted scheme for metric series, so that no metric borrows a company's colour.
  private static final Color[] COST_LINE_COLOURS = {
    new Color(0x33, 0x22, 0x88), new Color(0x88, 0xCC, 0xEE), new Color(0x44, 0xAA, 0x99),
    new Color(0xAA, 0x44, 0x99)
  };
  private static final Color[] MARGIN_COLOURS = {
    new Color(0x11, 0x77, 0x33), new Color(0xDD, 0xCC, 0x77), new Color(0xCC, 0x66, 0x77)
  };
  private static final List<String> COST_LINES =
      List.of("cost_of_revenue", "sales_marketing", "general_administrative", "research_development");
  private static final List<String> MARGINS = List.of("gross_margin", "operating_margin", "net_margin");
  // About the widest line of 32 px text that fits 1920 px with margins.
  private static final int SOURCE_LINE_CHARS = 90;
  // Charts with the company legend on the right have a narrower plot to centre the line under.
  private static final int COMPANY_CHART_SOURCE_CHARS = 64;
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  /** One rendered chart: its file stem ("revenue"), title, a note for the report, and the bytes per format. */
  public record Chart(String name, String title, String note, Map<ChartFormat, byte[]> files) {
    public Chart {
      files = new TreeMap<>(files);
    }
  }

  /** The file stems of every chart this class can draw, in the order they are drawn. */
  static final List<String> NAMES = List.of("revenue", "cost-structure", "margins", "revenue-growth");

  private ChartWriter() {}

  /** Every chart file any run could write into {@code chartsDir}, whether or not it exists. */
  public static List<Path> possibleFiles(Path chartsDir) {
    List<Path> files = new ArrayList<>();
    for (String name : NAMES) {
      for (ChartFormat f : ChartFormat.values()) {
        files.add(chartsDir.resolve(name + "." + f.name().toLowerCase(Locale.ROOT)));
      }
    }
    return files;
  }

  /**
   * The charts that have data, in a fixed order; a chart with nothing to show is left out.
   *
   * @throws IOException when the machine has no fonts (AWT cannot draw text), naming the fix
   */
  public static List<Chart> render(Analysis analysis, List<String> documents, Set<ChartFormat> formats)
      throws IOException {
    if (formats.isEmpty()) {
      return List.of();
    }
    Map<String, Color> colours = companyColours(analysis.rows());
    String source = sourceLine(documents);
    List<Chart> charts = new ArrayList<>();
    Locale before = Locale.getDefault(Locale.Category.FORMAT);
    try {
      // XChart formats bar labels with the default locale; pin it so "351.7" never becomes "351,7".
      Locale.setDefault(Locale.Category.FORMAT, Locale.ROOT);
      for (ChartSpec spec : specs(analysis, colours, documents, source)) {
        charts.add(new Chart(spec.name, spec.chart.getTitle(), spec.note, encode(spec.chart, formats)));
      }
    } catch (RuntimeException | InternalError | LinkageError e) {
      // Without fonts AWT fails in several ways (InternalError "Fontconfig head is null", an NPE in
      // sun.awt.FontConfiguration, NoClassDefFoundError for the font manager): one clear message.
      if (isFontFailure(e)) {
        throw new IOException(FONTS_MESSAGE, e);
      }
      throw e;
    } finally {
      Locale.setDefault(Locale.Category.FORMAT, before);
    }
    return charts;
  }

  private record ChartSpec(String name, CategoryChart chart, String note) {}

  private static List<ChartSpec> specs(
      Analysis analysis, Map<String, Color> colours, List<String> documents, String source) {
    List<ChartSpec> specs = new ArrayList<>();
    revenue(analysis, colours, documents, specs);
    costStructure(analysis, source, specs);
    margins(analysis, source, specs);
    growth(analysis, colours, sourceLine(documents, COMPANY_CHART_SOURCE_CHARS), specs);
    return specs;
  }

  private static void revenue(Analysis a, Map<String, Color> colours, List<String> documents, List<ChartSpec> out) {
    List<MetricRow> rows = points(a.rows("revenue"));
    Map<String, Integer> perCurrency = new TreeMap<>();
    rows.forEach(r -> perCurrency.merge(r.unit(), 1, Integer::sum));
    if (perCurrency.isEmpty()) {
      return;
    }
    // One currency per axis: the one with most figures (ties: alphabetical); others are named in the note.
    String currency = "";
    int most = 0;
    for (Map.Entry<String, Integer> e : perCurrency.entrySet()) {
      if (e.getValue() > most) { // strictly more: on a tie the alphabetically first stays
        currency = e.getKey();
        most = e.getValue();
      }
    }
    String main = currency;
    List<MetricRow> shown = rows.stream().filter(r -> r.unit().equals(main)).toList();
    List<String> others = new ArrayList<>(perCurrency.keySet());
    others.remove(currency);
    String note = "Only " + currency + " figures are shown"
        + (others.isEmpty() ? "." : "; figures in " + String.join(", ", others) + " are in the table.")
        + " Bounds and missing years have no bar.";
    String hidden = others.isEmpty() ? "" : " · " + String.join(", ", others) + " not shown";
    String axisNote = sourceLine(documents, COMPANY_CHART_SOURCE_CHARS - hidden.length()) + hidden;
    boolean billions = shown.stream().anyMatch(r -> r.value().abs().compareTo(MILLION.multiply(BigDecimal.valueOf(10_000))) >= 0);
    String scale = currency + (billions ? " billion" : " million");
    BigDecimal divisor = billions ? MILLION.multiply(BigDecimal.valueOf(1000)) : MILLION;
    CategoryChart chart = chart("Revenue (" + scale + ")", axisNote, scale);
    bySeriesAndYear(chart, shown, colours, v -> v.divide(divisor));
        out.add(new ChartSpec("revenue", chart, note));
  }

  private static void growth(Analysis a, Map<String, Color> colours, String source, List<ChartSpec> out) {
    List<MetricRow> rows = points(a.rows("revenue_growth"));
    if (rows.isEmpty()) {
      return;
    }
    CategoryChart chart = chart("Revenue growth (% year on year)", source, "%");
    bySeriesAndYear(chart, rows, colours, v -> v);
        out.add(new ChartSpec("revenue-growth", chart, "Missing years have no bar."));
  }

  private static void costStructure(Analysis a, String source, List<ChartSpec> out) {
    Map<String, Map<String, Double>> byCategory = new TreeMap<>();
    for (String line : COST_LINES) {
      for (MetricRow r : points(a.rows(line + "_pct_revenue"))) {
        byCategory.computeIfAbsent(category(r), k -> new TreeMap<>()).put(line, r.value().doubleValue());
      }
    }
    if (byCategory.isEmpty()) {
      return;
    }
    CategoryChart chart = chart("Cost structure (% of revenue)", source, "% of revenue");
    chart.getStyler().setStacked(true);
    addSeriesPerKey(chart, byCategory, COST_LINES, COST_LINE_COLOURS);
        out.add(new ChartSpec("cost-structure", chart, "Each bar stacks the stated cost lines of one company and year."));
  }

  private static void margins(Analysis a, String source, List<ChartSpec> out) {
    Map<String, Map<String, Double>> byCategory = new TreeMap<>();
    for (String margin : MARGINS) {
      for (MetricRow r : points(a.rows(margin))) {
        byCategory.computeIfAbsent(category(r), k -> new TreeMap<>()).put(margin, r.value().doubleValue());
      }
    }
    if (byCategory.isEmpty()) {
      return;
    }
    CategoryChart chart = chart("Margins (% of revenue)", source, "% of revenue");
    addSeriesPerKey(chart, byCategory, MARGINS, MARGIN_COLOURS);
        out.add(new ChartSpec("margins", chart, "A margin that cannot be computed has no bar."));
  }

  /** Companies as series (fixed colours), full years as categories; null where a company has no figure. */
  private static void bySeriesAndYear(
      CategoryChart chart, List<MetricRow> rows, Map<String, Color> colours,
      UnaryOperator<BigDecimal> scale) {
    Set<Integer> years = new TreeSet<>();
    Map<String, Map<Integer, Double>> byCompany = new TreeMap<>();
    for (MetricRow r : rows) {
      years.add(r.period().firstYear());
      byCompany.computeIfAbsent(r.company(), k -> new TreeMap<>())
          .put(r.period().firstYear(), scale.apply(r.value()).doubleValue());
    }
    List<String> categories = years.stream().map(String::valueOf).toList();
    for (Map.Entry<String, Map<Integer, Double>> e : byCompany.entrySet()) {
      List<Double> values = new ArrayList<>();
      for (Integer y : years) {
        values.add(e.getValue().get(y)); // null draws no bar: missing is not zero
      }
      CategorySeries s = chart.addSeries(e.getKey(), categories, values);
      s.setFillColor(colours.get(e.getKey()));
    }
    // Companies are many and their names long: list them down the right-hand side.
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
    chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
    uprightLabelsWhenCrowded(chart, byCompany.size() * categories.size());
  }

  private static void addSeriesPerKey(
      CategoryChart chart, Map<String, Map<String, Double>> byCategory, List<String> keys, Color[] colours) {
    List<String> categories = new ArrayList<>(byCategory.keySet());
    if (categories.size() > 4) {
      chart.getStyler().setXAxisLabelRotation(20); // long "Company year" labels would overlap
    }
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      if (byCategory.values().stream().noneMatch(m -> m.containsKey(key))) {
        continue;
      }
      List<Double> values = new ArrayList<>();
      for (String c : categories) {
        values.add(byCategory.get(c).get(key));
      }
      chart.addSeries(label(key), categories, values).setFillColor(colours[i]);
    }
    if (!chart.getStyler().isStacked()) {
      uprightLabelsWhenCrowded(chart, chart.getSeriesMap().size() * categories.size());
    }
  }

  private static void uprightLabelsWhenCrowded(CategoryChart chart, int bars) {
    if (bars > MAX_BARS_FOR_FLAT_LABELS) {
      chart.getStyler().setLabelsRotation(90);
    }
  }

  private static CategoryChart chart(String title, String source, String yTitle) {
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
        .title(title).xAxisTitle(source).yAxisTitle(yTitle).build();
    CategoryStyler s = chart.getStyler();
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setPlotBorderVisible(false);
    s.setPlotGridLinesColor(new Color(0xDD, 0xDD, 0xDD));
    s.setPlotGridLinesStroke(new BasicStroke(1f));
    s.setChartFontColor(Color.BLACK);
    s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 48));
    s.setChartTitleBoxVisible(false);
    s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 32));
    s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 32));
    s.setAxisTickLabelsColor(Color.BLACK);
    s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 34));
    s.setLegendPosition(Styler.LegendPosition.OutsideS);
    s.setLegendLayout(Styler.LegendLayout.Horizontal);
    s.setLegendBorderColor(Color.WHITE);
    s.setLabelsVisible(true);
    s.setLabelsFont(new Font(Font.SANS_SERIF, Font.BOLD, 32));
    // Black on light bars, white on dark ones.
    s.setLabelsFontColorAutomaticEnabled(true);
    s.setLabelsFontColorAutomaticDark(Color.BLACK);
    s.setLabelsFontColorAutomaticLight(Color.WHITE);
    s.setChartPadding(24);
    s.setAvailableSpaceFill(0.8);
    s.setToolTipsEnabled(false);
    s.setAntiAlias(true);
    // Bar labels and ticks share this pattern; the format locale is pinned to ROOT while rendering.
    s.setYAxisDecimalPattern("#,##0.#");
    // The styler formats ticks and bar labels in its own locale, taken from the JVM's default:
    // pinned, so that a German or Turkish machine still draws "10.2", not "10,2".
    s.setLocale(Locale.ROOT);
    s.setYAxisTickMarkSpacingHint(120);
    s.setChartTitlePadding(20);
    return chart;
  }

  private static Map<ChartFormat, byte[]> encode(CategoryChart chart, Set<ChartFormat> formats) throws IOException {
    Map<ChartFormat, byte[]> files = new TreeMap<>();
    if (formats.contains(ChartFormat.PNG)) {
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      BitmapEncoder.saveBitmap(chart, png, BitmapEncoder.BitmapFormat.PNG);
      files.put(ChartFormat.PNG, png.toByteArray());
    }
    if (formats.contains(ChartFormat.SVG)) {
      ByteArrayOutputStream svg = new ByteArrayOutputStream();
      VectorGraphicsEncoder.saveVectorGraphic(chart, svg, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
      files.put(ChartFormat.SVG, describe(svg.toString(StandardCharsets.UTF_8), chart));
    }
    return files;
  }

  /**
   * Adds a title and description naming the series: XChart draws all text as outlines, so without
   * them an SVG could not be searched or read aloud.
   */
  private static byte[] describe(String svg, CategoryChart chart) {
    int open = svg.indexOf("<svg");
    int end = open < 0 ? -1 : svg.indexOf('>', open);
    if (end < 0) {
      return svg.getBytes(StandardCharsets.UTF_8);
    }
    String series = String.join(", ", chart.getSeriesMap().keySet());
    String meta = "\n  <title>" + xml(chart.getTitle()) + "</title>\n  <desc>" + xml(series + ". "
        + chart.getXAxisTitle()) + "</desc>";
    return (svg.substring(0, end + 1) + meta + svg.substring(end + 1)).getBytes(StandardCharsets.UTF_8);
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Companies sorted by name get palette colours in turn, so a company keeps its colour on every chart. */
  static Map<String, Color> companyColours(Collection<MetricRow> rows) {
    Set<String> companies = new TreeSet<>();
    rows.forEach(r -> companies.add(r.company()));
    Map<String, Color> colours = new LinkedHashMap<>();
    int i = 0;
    for (String c : companies) {
      colours.put(c, PALETTE[i++ % PALETTE.length]);
    }
    return colours;
  }

  private static List<MetricRow> points(List<MetricRow> rows) {
    // Bounds are not values: a bar for "more than 440" would read as 440.
    return rows.stream()
        .filter(r -> r.period().isFullYear())
        .filter(r -> r.qualifier() == Qualifier.EXACT || r.qualifier() == Qualifier.APPROX)
        .toList();
  }

  private static String category(MetricRow r) {
    return r.company() + " " + r.period();
  }

  private static String label(String metric) {
    String spaced = metric.replace("_pct_revenue", "").replace('_', ' ');
    spaced = spaced.replace("sales marketing", "sales & marketing")
        .replace("general administrative", "general & administrative")
        .replace("research development", "research & development");
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }

  static String sourceLine(List<String> documents) {
    return sourceLine(documents, SOURCE_LINE_CHARS);
  }

  /** "Source: a.md, b.md and 3 more", naming documents while the line stays within {@code budget} characters. */
  static String sourceLine(List<String> documents, int budget) {
    if (documents.isEmpty()) {
      return "Source: no documents";
    }
    StringBuilder s = new StringBuilder("Source: ");
    int shown = 0;
    for (String d : documents) {
      if (s.length() + d.length() > budget && shown > 0) {
        break;
      }
      s.append(shown == 0 ? "" : ", ").append(d);
      shown++;
    }
    if (shown < documents.size()) {
      s.append(" and ").append(documents.size() - shown).append(" more");
    }
    return s.toString();
  }

  static boolean isFontFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (message.contains("font")) {
        return true;
      }
      for (StackTraceElement frame : t.getStackTrace()) {
        String cls = frame.getClassName();
        if (cls.startsWith("sun.awt.FontConfiguration") || cls.startsWith("sun.font.")
            || cls.startsWith("sun.awt.X11FontManager")) {
          return true;
        }
      }
    }
    return false;
  }
}
