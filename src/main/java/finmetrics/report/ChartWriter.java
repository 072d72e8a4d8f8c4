package finmetrics.report;

import finmetrics.analyze.Analysis;
import finmetrics.analyze.MetricRow;
import finmetrics.model.Fact;
import finmetrics.model.Qualifier;
import finmetrics.report.ChartLayout.Bar;
import finmetrics.report.ChartLayout.Group;
import finmetrics.report.ChartLayout.LegendItem;
import finmetrics.report.ChartLayout.Segment;
import java.awt.Color;
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

/**
 * Turns the analysis into the slide charts (revenue, cost structure, margins, revenue growth),
 * each answering one question, laid out by {@link ChartLayout} and drawn by {@link ChartPainter}
 * at 1920×1080.
 *
 * <p>Bars stand at their own period with no empty slots, missing years show as a break, each
 * company and currency is its own series with a fixed colour, approximate values are hatched and
 * labelled "≈", and the source line names only the documents of what is plotted. With many
 * companies only the {@link Selection} is drawn (by default the ten largest by revenue).
 */
public final class ChartWriter {
  public static final int WIDTH = ChartLayout.WIDTH;
  public static final int HEIGHT = ChartLayout.HEIGHT;
  static final String FONTS_MESSAGE =
      "charts need fonts: install the Debian packages fontconfig and fonts-dejavu-core";
  /** The file stems of every chart this class can draw, in the order they are drawn. */
  static final List<String> NAMES = List.of("revenue", "cost-structure", "margins", "revenue-growth");

  // Okabe-Ito, then Paul Tol's darker hues: twelve series stay apart, also for colour-blind readers.
  private static final Color[] PALETTE = {
    new Color(0x00, 0x72, 0xB2), new Color(0xE6, 0x9F, 0x00), new Color(0x00, 0x9E, 0x73),
    new Color(0xCC, 0x79, 0xA7), new Color(0x56, 0xB4, 0xE9), new Color(0xD5, 0x5E, 0x00),
    new Color(0x33, 0x33, 0x33), new Color(0x88, 0x22, 0x55), new Color(0x99, 0x99, 0x33),
    new Color(0x66, 0x33, 0x00), new Color(0x44, 0xAA, 0x99), new Color(0x88, 0x88, 0x88)
  };
  private static final List<String> COST_LINES =
      List.of("cost_of_revenue", "sales_marketing", "general_administrative", "research_development");
  private static final Color[] COST_LINE_COLOURS = {
    new Color(0x33, 0x22, 0x88), new Color(0x88, 0xCC, 0xEE), new Color(0x44, 0xAA, 0x99),
    new Color(0xAA, 0x44, 0x99)
  };
  private static final Color OTHER_COSTS = new Color(0xBB, 0xBB, 0xBB);
  private static final List<String> MARGINS = List.of("gross_margin", "operating_margin", "net_margin");
  private static final Color[] MARGIN_COLOURS = {
    new Color(0x11, 0x77, 0x33), new Color(0xDD, 0xAA, 0x33), new Color(0xCC, 0x66, 0x77)
  };
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
  private static final LegendItem APPROX_KEY = new LegendItem("≈ approximate", new Color(0x77, 0x77, 0x77), true);

  /** Which companies the charts draw: the named ones, or else the {@code top} largest by revenue. */
  public record Selection(int top, List<String> companies) {
    public static final Selection DEFAULT = new Selection(10, List.of());

    public Selection {
      if (top < 1) {
        throw new IllegalArgumentException("--top must be at least 1");
      }
      companies = List.copyOf(companies);
    }
  }

  /**
   * One rendered chart: its file stem ("revenue"), title, a note for the report, the documents of
   * what it plots, and the bytes per format.
   */
  public record Chart(String name, String title, String note, List<String> sources, Map<ChartFormat, byte[]> files) {
    public Chart {
      sources = List.copyOf(sources);
      files = new TreeMap<>(files);
    }
  }

  /** A chart before drawing: its layout plus what the report says about it. */
  record Planned(String name, String note, List<String> sources, ChartLayout layout) {}

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

  public static List<Chart> render(Analysis analysis, List<String> documents, Set<ChartFormat> formats)
      throws IOException {
    return render(analysis, documents, formats, Selection.DEFAULT);
  }

  /**
   * The charts that have data, in a fixed order; a chart with nothing to show is left out.
   *
   * @throws IOException when the machine has no fonts (AWT cannot draw text), naming the fix
   */
  public static List<Chart> render(
      Analysis analysis, List<String> documents, Set<ChartFormat> formats, Selection selection)
      throws IOException {
    if (formats.isEmpty()) {
      return List.of();
    }
    List<Chart> charts = new ArrayList<>();
    Locale before = Locale.getDefault(Locale.Category.FORMAT);
    try {
      // The SVG writer formats coordinates with the default locale: "351,7" would break the file.
      Locale.setDefault(Locale.Category.FORMAT, Locale.ROOT);
      Locale.setDefault(Locale.ROOT);
      for (Planned p : plan(analysis, selection)) {
        Map<ChartFormat, byte[]> files = new TreeMap<>();
        if (formats.contains(ChartFormat.PNG)) {
          files.put(ChartFormat.PNG, ChartPainter.png(p.layout()));
        }
        if (formats.contains(ChartFormat.SVG)) {
          files.put(ChartFormat.SVG, describe(ChartPainter.svg(p.layout()), p));
        }
        charts.add(new Chart(p.name(), p.layout().spec.title(), p.note(), p.sources(), files));
      }
    } catch (RuntimeException | InternalError | LinkageError e) {
      // Without fonts AWT fails in several ways (InternalError "Fontconfig head is null", an NPE in
      // sun.awt.FontConfiguration, NoClassDefFoundError for the font manager): one clear message.
      if (isFontFailure(e)) {
        throw new IOException(FONTS_MESSAGE, e);
      }
      throw e;
    } finally {
      Locale.setDefault(before);
      Locale.setDefault(Locale.Category.FORMAT, before);
    }
    return charts;
  }

  /** The charts with data, laid out but not drawn (the layout tests read these). */
  static List<Planned> plan(Analysis analysis, Selection selection) {
    Plotted plotted = new Plotted(analysis, selection);
    List<Planned> out = new ArrayList<>();
    revenue(plotted, out);
    costStructure(plotted, out);
    margins(plotted, out);
    growth(plotted, out);
    return out;
  }

  /** The selected companies, their series colours and the rows the charts may draw. */
  private static final class Plotted {
    final Analysis analysis;
    final List<String> companies; // selected, sorted by name
    final List<String> leftOut;
    final String mainCurrency;
    final Map<String, Color> colours = new LinkedHashMap<>();

    Plotted(Analysis analysis, Selection selection) {
      this.analysis = analysis;
      this.mainCurrency = mainCurrency(points(analysis.rows("revenue")));
      Set<String> all = new TreeSet<>();
      analysis.rows().forEach(r -> all.add(r.company()));
      List<String> chosen = new ArrayList<>();
      if (!selection.companies().isEmpty()) {
        for (String c : all) {
          if (selection.companies().stream().anyMatch(w -> w.equalsIgnoreCase(c))) {
            chosen.add(c);
          }
        }
      } else {
        // Largest revenue in the main currency first, then the rest by name; the first N stay.
        Map<String, BigDecimal> largest = new TreeMap<>();
        for (MetricRow r : points(analysis.rows("revenue"))) {
          if (r.unit().equals(mainCurrency)) {
            largest.merge(r.company(), r.value(), BigDecimal::max);
          }
        }
        List<String> ranked = new ArrayList<>(all);
        ranked.sort((a, b) -> {
          BigDecimal x = largest.get(a);
          BigDecimal y = largest.get(b);
          if (x == null || y == null) {
            return x == null && y == null ? a.compareTo(b) : x == null ? 1 : -1;
          }
          int c = y.compareTo(x);
          return c != 0 ? c : a.compareTo(b);
        });
        chosen.addAll(ranked.subList(0, Math.min(selection.top(), ranked.size())));
      }
      chosen.sort(String::compareTo);
      this.companies = List.copyOf(chosen);
      List<String> rest = new ArrayList<>(all);
      rest.removeAll(chosen);
      this.leftOut = List.copyOf(rest);
      int i = 0;
      for (String c : companies) {
        colours.put(c, PALETTE[i++ % PALETTE.length]);
      }
    }

    List<MetricRow> rows(String metric) {
      return points(analysis.rows(metric)).stream().filter(r -> companies.contains(r.company())).toList();
    }

    /** A company's own colour. */
    Color colour(String company, int variant) {
      return PALETTE[companies.indexOf(company) % PALETTE.length];
    }

    /** For a company's second currency: the palette colours no selected company has, in turn. */
    Color spareColour(int k) {
      return PALETTE[(companies.size() + k) % PALETTE.length];
    }

    String leftOutNote() {
      if (leftOut.isEmpty()) {
        return "";
      }
      return " " + leftOut.size() + (leftOut.size() == 1 ? " company is" : " companies are")
          + " not drawn (" + String.join(", ", leftOut.subList(0, Math.min(5, leftOut.size())))
          + (leftOut.size() > 5 ? ", …" : "") + "); choose with --top N or --companies A,B.";
    }
  }

  private static void revenue(Plotted p, List<Planned> out) {
    List<MetricRow> all = p.rows("revenue");
    if (all.isEmpty()) {
      return;
    }
    String currency = p.mainCurrency;
    List<MetricRow> shown = all.stream().filter(r -> r.unit().equals(currency)).toList();
    Set<String> others = new TreeSet<>();
    all.forEach(r -> others.add(r.unit()));
    others.remove(currency);
    boolean billions = shown.stream().anyMatch(r -> r.value().abs().compareTo(BILLION.multiply(BigDecimal.TEN)) >= 0);
    BigDecimal divisor = billions ? BILLION : MILLION;
    String unit = currency + (billions ? " billion" : " million");
    Map<Integer, List<Bar>> byYear = new TreeMap<>();
    for (String company : p.companies) {
      for (MetricRow r : shown) {
        if (r.company().equals(company)) {
          boolean approx = r.qualifier() == Qualifier.APPROX;
          double v = r.value().divide(divisor).doubleValue();
          String label = (approx ? "≈ " : "") + ChartLayout.format(v, "0.#");
          byYear.computeIfAbsent(r.period().firstYear(), k -> new ArrayList<>())
              .add(new Bar(company, List.of(new Segment(v, p.colour(company, 0), approx, label)), null));
        }
      }
    }
    List<LegendItem> legend = new ArrayList<>();
    Set<String> drawn = new TreeSet<>();
    byYear.values().forEach(bars -> bars.forEach(b -> drawn.add(b.series())));
    for (String c : p.companies) {
      if (drawn.contains(c)) {
        legend.add(new LegendItem(c, p.colour(c, 0), false));
      }
    }
    addApproxKey(shown, legend);
    List<String> sources = documents(shown);
    String note = "Only " + currency + " figures are drawn"
        + (others.isEmpty() ? "." : "; figures in " + String.join(", ", others) + " are in the table.")
        + " Bounds have no bar; a dashed break marks years without figures." + p.leftOutNote();
    String subtitle = unit + ", full years" + (others.isEmpty() ? "" : " · " + String.join(", ", others) + " not drawn");
    ChartLayout layout = ChartLayout.of(new ChartLayout.Spec("Revenue", subtitle, sourceLine(sources),
        yearGroups(byYear), legend, "0.#"));
    out.add(new Planned("revenue", note, sources, layout));
  }

  private static void growth(Plotted p, List<Planned> out) {
    List<MetricRow> rows = p.rows("revenue_growth");
    if (rows.isEmpty()) {
      return;
    }
    // A series per company and currency: Infosys's INR and USD growth differ and both stay.
    Map<String, Set<String>> currencies = new TreeMap<>();
    rows.forEach(r -> currencies.computeIfAbsent(r.company(), k -> new TreeSet<>()).add(r.currency()));
    // A stated percentage has no currency: with one currency besides, it belongs to that series.
    Map<String, String> sameAs = new TreeMap<>();
    currencies.forEach((company, set) -> {
      if (set.contains("") && set.size() == 2) {
        set.remove("");
        sameAs.put(company, set.iterator().next());
      }
    });
    int extra = 0;
    Map<Integer, List<Bar>> byYear = new TreeMap<>();
    List<LegendItem> legend = new ArrayList<>();
    for (String company : p.companies) {
      List<String> own = new ArrayList<>(currencies.getOrDefault(company, Set.of()));
      for (int variant = 0; variant < own.size(); variant++) {
        String currency = own.get(variant);
        String series = own.size() > 1 && !currency.isEmpty() ? company + " (" + currency + ")" : company;
        Color colour = variant == 0 ? p.colour(company, 0) : p.spareColour(extra++);
        legend.add(new LegendItem(series, colour, false));
        for (MetricRow r : rows) {
          String rowCurrency = r.currency().isEmpty() ? sameAs.getOrDefault(company, "") : r.currency();
          if (r.company().equals(company) && rowCurrency.equals(currency)) {
            boolean approx = r.qualifier() == Qualifier.APPROX;
            double v = r.value().doubleValue();
            byYear.computeIfAbsent(r.period().firstYear(), k -> new ArrayList<>()).add(new Bar(series,
                List.of(new Segment(v, colour, approx, (approx ? "≈ " : "") + ChartLayout.format(v, "0.#"))), null));
          }
        }
      }
    }
    addApproxKey(rows, legend);
    List<String> sources = documents(rows);
    ChartLayout layout = ChartLayout.of(new ChartLayout.Spec("Revenue growth",
        "% year on year, full years; a company reporting in two currencies has a bar for each",
        sourceLine(sources), yearGroups(byYear), legend, "0.#"));
    out.add(new Planned("revenue-growth", "A dashed break marks years without figures." + p.leftOutNote(),
        sources, layout));
  }

  private static void costStructure(Plotted p, List<Planned> out) {
    List<Group> groups = new ArrayList<>();
    List<MetricRow> used = new ArrayList<>();
    boolean[] lineUsed = new boolean[COST_LINES.size()];
    boolean otherUsed = false;
    boolean someWithoutTotal = false;
    Map<String, MetricRow> revenue = index(p.rows("revenue"));
    Map<String, MetricRow> totals = index(p.rows("total_costs"));
    List<Map<String, MetricRow>> lines = new ArrayList<>();
    for (String line : COST_LINES) {
      lines.add(index(p.rows(line + "_pct_revenue")));
    }
    for (Map.Entry<String, MetricRow> e : revenue.entrySet()) {
      String key = e.getKey();
      MetricRow rev = e.getValue();
      if (rev.value().signum() <= 0) {
        continue;
      }
      List<Segment> segments = new ArrayList<>();
      double sum = 0;
      boolean approx = false;
      for (int i = 0; i < COST_LINES.size(); i++) {
        MetricRow share = lines.get(i).get(key);
        if (share != null) {
          double v = share.value().doubleValue();
          boolean a = share.qualifier() == Qualifier.APPROX;
          segments.add(new Segment(v, COST_LINE_COLOURS[i], a, ChartLayout.format(v, "0") + "%"));
          sum += v;
          approx |= a;
          lineUsed[i] = true;
          used.add(share);
        }
      }
      MetricRow total = totals.get(key);
      if (segments.isEmpty() && total == null) {
        continue;
      }
      double height = sum;
      if (total != null) {
        // Total costs stated: what the lines do not itemise is stacked too, so the bar is the total.
        double totalShare = total.value().doubleValue() / rev.value().doubleValue() * 100;
        boolean a = total.qualifier() == Qualifier.APPROX || rev.qualifier() == Qualifier.APPROX;
        if (totalShare - sum > 0.05) {
          double rest = totalShare - sum;
          segments.add(new Segment(rest, OTHER_COSTS, a, ChartLayout.format(rest, "0") + "%"));
          otherUsed = true;
        }
        height = Math.max(totalShare, sum);
        approx |= a;
        used.add(total);
        used.add(rev);
      } else {
        someWithoutTotal = true;
      }
      String label = (approx ? "≈ " : "") + ChartLayout.format(height, "0.#") + "%" + (total == null ? "*" : "");
      String[] parts = key.split("\u0000");
      String groupLabel = parts[0] + (multiCurrency(revenue, parts[0]) ? " " + parts[2] : "") + "\n" + parts[1];
      groups.add(new Group(groupLabel, List.of(new Bar(parts[0], segments, label)), true));
    }
    if (groups.isEmpty()) {
      return;
    }
    List<LegendItem> legend = new ArrayList<>();
    for (int i = 0; i < COST_LINES.size(); i++) {
      if (lineUsed[i]) {
        legend.add(new LegendItem(label(COST_LINES.get(i)), COST_LINE_COLOURS[i], false));
      }
    }
    if (otherUsed) {
      legend.add(new LegendItem("Other costs (in total costs, not itemised)", OTHER_COSTS, false));
    }
    addApproxKey(used, legend);
    List<String> sources = documents(used);
    String note = "Each bar is one company's costs in one year as a share of its revenue. Where total"
        + " costs are stated, the part no cost line itemises is stacked in grey, so the bar's height is"
        + " total costs." + (someWithoutTotal ? " * total costs not stated: the bar holds only the stated lines." : "")
        + p.leftOutNote();
    ChartLayout layout = ChartLayout.of(new ChartLayout.Spec("Cost structure",
        "% of revenue, full years" + (someWithoutTotal ? " · * total costs not stated" : ""),
        sourceLine(sources), groups, legend, "0"));
    out.add(new Planned("cost-structure", note, sources, layout));
  }

  private static void margins(Plotted p, List<Planned> out) {
    Map<String, Map<Integer, MetricRow>> byKey = new TreeMap<>();
    for (int i = 0; i < MARGINS.size(); i++) {
      for (Map.Entry<String, MetricRow> e : index(p.rows(MARGINS.get(i))).entrySet()) {
        byKey.computeIfAbsent(e.getKey(), k -> new TreeMap<>()).put(i, e.getValue());
      }
    }
    if (byKey.isEmpty()) {
      return;
    }
    latestYearOnly(byKey);
    List<Group> groups = new ArrayList<>();
    List<MetricRow> used = new ArrayList<>();
    boolean[] marginUsed = new boolean[MARGINS.size()];
    Map<String, MetricRow> anyByKey = new TreeMap<>();
    byKey.forEach((k, v) -> anyByKey.put(k, v.values().iterator().next()));
    for (Map.Entry<String, Map<Integer, MetricRow>> e : byKey.entrySet()) {
      List<Bar> bars = new ArrayList<>();
      for (Map.Entry<Integer, MetricRow> m : e.getValue().entrySet()) {
        MetricRow r = m.getValue();
        boolean approx = r.qualifier() == Qualifier.APPROX;
        double v = r.value().doubleValue();
        bars.add(new Bar(MARGINS.get(m.getKey()), List.of(new Segment(v, MARGIN_COLOURS[m.getKey()], approx,
            (approx ? "≈ " : "") + ChartLayout.format(v, "0.#"))), null));
        marginUsed[m.getKey()] = true;
        used.add(r);
      }
      String[] parts = e.getKey().split("\u0000");
      String label = parts[0] + (multiCurrency(anyByKey, parts[0]) ? " " + parts[2] : "") + "\n" + parts[1];
      groups.add(new Group(label, bars, true));
    }
    List<LegendItem> legend = new ArrayList<>();
    for (int i = 0; i < MARGINS.size(); i++) {
      if (marginUsed[i]) {
        legend.add(new LegendItem(label(MARGINS.get(i)), MARGIN_COLOURS[i], false));
      }
    }
    addApproxKey(used, legend);
    List<String> sources = documents(used);
    ChartLayout layout = ChartLayout.of(new ChartLayout.Spec("Margins", "% of revenue, each company's latest full year",
        sourceLine(sources), groups, legend, "0"));
    out.add(new Planned("margins", "Each company's latest full year (per currency); earlier years are in the"
        + " table. A margin that cannot be computed has no bar." + p.leftOutNote(), sources, layout));
  }

  /** Keeps, per company and currency, only its latest year: one comparable bar group per company. */
  private static <V> void latestYearOnly(Map<String, V> byKey) {
    Map<String, String> latest = new TreeMap<>();
    for (String key : byKey.keySet()) {
      String[] parts = key.split("\u0000");
      latest.merge(parts[0] + "\u0000" + parts[2], key,
          (a, b) -> a.split("\u0000")[1].compareTo(b.split("\u0000")[1]) >= 0 ? a : b);
    }
    byKey.keySet().retainAll(latest.values());
  }

  /** Year groups in order; a group not one year after the one before starts after a break. */
  private static List<Group> yearGroups(Map<Integer, List<Bar>> byYear) {
    List<Group> groups = new ArrayList<>();
    Integer previous = null;
    for (Map.Entry<Integer, List<Bar>> e : byYear.entrySet()) {
      groups.add(new Group(String.valueOf(e.getKey()), e.getValue(), previous == null || e.getKey() == previous + 1));
      previous = e.getKey();
    }
    return groups;
  }

  /** Rows by "company \0 year \0 currency", in that order (the first row of a key wins). */
  private static Map<String, MetricRow> index(List<MetricRow> rows) {
    Map<String, MetricRow> byKey = new TreeMap<>();
    for (MetricRow r : rows) {
      byKey.putIfAbsent(r.company() + "\u0000" + r.period() + "\u0000" + r.currency(), r);
    }
    return byKey;
  }

  private static boolean multiCurrency(Map<String, MetricRow> byKey, String company) {
    return byKey.values().stream().filter(r -> r.company().equals(company)).map(MetricRow::currency)
        .distinct().count() > 1;
  }

  private static void addApproxKey(List<MetricRow> rows, List<LegendItem> legend) {
    if (rows.stream().anyMatch(r -> r.qualifier() == Qualifier.APPROX)) {
      legend.add(APPROX_KEY);
    }
  }

  /** The documents the plotted values come from, sorted, each once. */
  private static List<String> documents(Collection<MetricRow> rows) {
    Set<String> docs = new TreeSet<>();
    for (MetricRow r : rows) {
      for (Fact f : r.sources()) {
        docs.add(f.source().documentId());
      }
    }
    return List.copyOf(docs);
  }

  private static String mainCurrency(List<MetricRow> revenue) {
    Map<String, Integer> perCurrency = new TreeMap<>();
    revenue.forEach(r -> perCurrency.merge(r.unit(), 1, Integer::sum));
    String currency = "";
    int most = 0;
    for (Map.Entry<String, Integer> e : perCurrency.entrySet()) {
      if (e.getValue() > most) { // strictly more: on a tie the alphabetically first stays
        currency = e.getKey();
        most = e.getValue();
      }
    }
    return currency;
  }

  private static List<MetricRow> points(List<MetricRow> rows) {
    // Bounds are not values: a bar for "more than 440" would read as 440.
    return rows.stream()
        .filter(r -> r.period().isFullYear())
        .filter(r -> r.qualifier() == Qualifier.EXACT || r.qualifier() == Qualifier.APPROX)
        .toList();
  }

  private static String label(String metric) {
    String spaced = metric.replace("_pct_revenue", "").replace('_', ' ');
    spaced = spaced.replace("sales marketing", "sales & marketing")
        .replace("general administrative", "general & administrative")
        .replace("research development", "research & development");
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }

  /** "Source: a.md, b.md and 3 more", naming documents while the line fits the image width. */
  static String sourceLine(List<String> documents) {
    return sourceLine(documents, WIDTH - 2 * ChartLayout.PADDING);
  }

  static String sourceLine(List<String> documents, double widthPx) {
    if (documents.isEmpty()) {
      return "Source: no documents";
    }
    for (int shown = documents.size(); shown >= 1; shown--) {
      String line = "Source: " + String.join(", ", documents.subList(0, shown))
          + (shown < documents.size() ? " and " + (documents.size() - shown) + " more" : "");
      if (ChartLayout.width(line, ChartLayout.SOURCE_FONT) <= widthPx || shown == 1) {
        return line;
      }
    }
    throw new AssertionError("unreachable");
  }

  /** Adds a title and a description naming the series and the sources, for search and screen readers. */
  private static byte[] describe(String svg, Planned p) {
    int open = svg.indexOf("<svg");
    int end = open < 0 ? -1 : svg.indexOf('>', open);
    if (end < 0) {
      return svg.getBytes(StandardCharsets.UTF_8);
    }
    List<String> series = p.layout().spec.legend().stream().map(LegendItem::text).toList();
    String meta = "\n  <title>" + xml(p.layout().spec.title()) + "</title>\n  <desc>"
        + xml(String.join(", ", series) + ". " + p.layout().spec.source()) + "</desc>";
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
