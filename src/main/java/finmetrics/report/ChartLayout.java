package finmetrics.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where everything of a bar chart goes, computed from measured text before anything is drawn:
 * the painter draws exactly these boxes, and the tests check them (bars under their period
 * label, no label outside its bar or the image, no two labels overlapping).
 *
 * <p>Bars are laid out group by group, and a group holds only the bars that have a value, so
 * no bar drifts away from its label; groups that are not next to each other in time (2018, then
 * 2022) get a visible break between them. A value label sits just beyond the end of its bar,
 * flat when it fits the bar's slot, upright when only its height fits, and is left out
 * otherwise (counted in {@link #omittedLabels}); a segment label of a stacked bar sits inside
 * its segment only when it fits there.
 */
final class ChartLayout {
  static final int WIDTH = 1920;
  static final int HEIGHT = 1080;
  static final int PADDING = 28;
  static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 46);
  static final Font SUBTITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 30);
  static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 28);
  static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 26);
  static final Font SEGMENT_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 22);
  static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 28);
  /** Group label type, largest first: the first in which every word fits its group is used. */
  static final Font[] GROUP_FONTS = {
    new Font(Font.SANS_SERIF, Font.PLAIN, 28), new Font(Font.SANS_SERIF, Font.PLAIN, 24),
    new Font(Font.SANS_SERIF, Font.PLAIN, 20)
  };
  static final Font SOURCE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 22);
  /** Antialiased, fractional metrics: the same context measures and draws. */
  static final FontRenderContext FRC = new FontRenderContext(null, true, true);
  private static final double MAX_BAR_WIDTH = 150;
  private static final double INNER_GAP = 0.12; // between bars of a group, in bar widths
  private static final double GROUP_GAP = 0.9; // between groups
  private static final double BREAK_GAP = 1.6; // where years are missing
  private static final double LABEL_GAP = 6;
  private static final double MIN_GROUP = 2; // room for a group label under a lone bar

  // ---- What to draw (input) ----

  /** One piece of a bar; a simple bar has one. {@code label} may be empty for no label. */
  record Segment(double value, Color colour, boolean approximate, String label) {}

  /** A bar: one segment, or stacked segments with {@code total} labelled beyond its end. */
  record Bar(String series, List<Segment> segments, String totalLabel) {
    double end() {
      return segments.stream().mapToDouble(Segment::value).sum();
    }
  }

  /**
   * A group of bars under one label: a period, or a company and period. {@code adjacentToPrevious}
   * is false where time jumps (2018 then 2022): a break is drawn there.
   */
  record Group(String label, List<Bar> bars, boolean adjacentToPrevious) {}

  record LegendItem(String text, Color colour, boolean hatched) {}

  record Spec(String title, String subtitle, String source, List<Group> groups,
      List<LegendItem> legend, String valuePattern) {}

  // ---- Where it goes (output) ----

  enum Kind { TITLE, SUBTITLE, TICK, GROUP_LABEL, VALUE_LABEL, SEGMENT_LABEL, LEGEND, SOURCE, BREAK }

  /**
   * A piece of text and the box it covers on the image. For upright text the box is the rotated
   * extent; {@code x, y} is where the painter draws the baseline start (before rotation).
   */
  record TextBox(Kind kind, String text, Font font, Rectangle2D box, double x, double y, boolean upright,
      Color colour, int owner) {}

  /** A drawn rectangle: a bar segment ({@code group}, {@code bar} index) with its fill. */
  record BarBox(int group, int bar, int segment, Rectangle2D box, Color colour, boolean hatched) {}

  /** A group's extent along x and its label's centre. */
  record GroupBox(int group, double left, double right) {
    double centre() {
      return (left + right) / 2;
    }
  }

  record Swatch(Rectangle2D box, Color colour, boolean hatched) {}

  final Spec spec;
  final List<TextBox> texts = new ArrayList<>();
  final List<BarBox> bars = new ArrayList<>();
  final List<GroupBox> groups = new ArrayList<>();
  final List<Double> breaks = new ArrayList<>(); // x of each break between groups
  final List<Double> gridValues = new ArrayList<>();
  final List<Swatch> swatches = new ArrayList<>();
  /** The slot (bar plus half the gaps around it) every value label must stay within, per bar. */
  final List<Rectangle2D> slots = new ArrayList<>();
  Rectangle2D plot;
  double zeroY;
  double scale; // pixels per unit
  int omittedLabels;
  Font groupFont = GROUP_FONTS[0];

  private ChartLayout(Spec spec) {
    this.spec = spec;
  }

  static ChartLayout of(Spec spec) {
    ChartLayout layout = new ChartLayout(spec);
    layout.compute();
    return layout;
  }

  double y(double value) {
    return zeroY - value * scale;
  }

  private void compute() {
    double top = PADDING;
    top = addLine(Kind.TITLE, spec.title(), TITLE_FONT, top, Color.BLACK) + 6;
    top = addLine(Kind.SUBTITLE, spec.subtitle(), SUBTITLE_FONT, top, new Color(0x44, 0x44, 0x44)) + 24;
    double bottom = HEIGHT - PADDING;
    bottom = addBottomLine(Kind.SOURCE, spec.source(), SOURCE_FONT, bottom, new Color(0x44, 0x44, 0x44)) - 14;
    bottom = legend(bottom) - 18;

    // Group labels: one line per group, or two (name, then period) for "Company 2023" labels.
    List<String[]> labelLines = new ArrayList<>();
    int maxLines = 1;
    for (Group g : spec.groups()) {
      String[] lines = g.label().split("\n");
      labelLines.add(lines);
      maxLines = Math.max(maxLines, lines.length);
    }

    // Y axis: nice ticks over the values, zero always included.
    double max = 0;
    double min = 0;
    for (Group g : spec.groups()) {
      for (Bar b : g.bars()) {
        double positive = 0;
        double negative = 0;
        for (Segment s : b.segments()) {
          if (s.value() >= 0) {
            positive += s.value();
          } else {
            negative += s.value();
          }
        }
        max = Math.max(max, positive);
        min = Math.min(min, negative);
      }
    }
    if (max == min) {
      max = 1;
    }
    double step = niceStep((max - min) / 6);
    double axisMax = Math.ceil(max / step) * step;
    double axisMin = Math.floor(min / step) * step;
    double tickWidth = 0;
    for (double v = axisMin; v <= axisMax + step / 2; v += step) {
      gridValues.add(v);
      tickWidth = Math.max(tickWidth, width(format(v, spec.valuePattern()), TICK_FONT));
    }

    double left = PADDING + tickWidth + 16;
    double right = WIDTH - PADDING;
    double plotWidth = right - left;

    // Bar width from the units of width every group and gap takes. A group whose longest label
    // word is wider than its bars is widened (a few rounds, as widening narrows every bar).
    int barCount = 0;
    int n = spec.groups().size();
    double[] groupUnits = new double[n];
    for (int i = 0; i < n; i++) {
      groupUnits[i] = groupUnits(spec.groups().get(i));
      barCount += spec.groups().get(i).bars().size();
    }
    double units = 0;
    double barWidth = 0;
    for (int round = 0; round < 4; round++) {
      units = GROUP_GAP; // half a group gap at either end
      for (int i = 0; i < n; i++) {
        units += groupUnits[i];
        if (i > 0) {
          units += spec.groups().get(i).adjacentToPrevious() ? GROUP_GAP : BREAK_GAP;
        }
      }
      barWidth = Math.min(MAX_BAR_WIDTH, plotWidth / Math.max(units, 1));
      for (int i = 0; i < n; i++) {
        double longestWord = 0;
        for (String word : spec.groups().get(i).label().split("[ \n]")) {
          longestWord = Math.max(longestWord, width(word, GROUP_FONTS[1]));
        }
        double need = (longestWord + 4) / barWidth - GROUP_GAP * 0.9;
        groupUnits[i] = Math.max(groupUnits[i], need);
      }
    }
    double used = units * barWidth;
    double x = left + (plotWidth - used) / 2 + GROUP_GAP * barWidth / 2;

    // Group labels: flat, wrapped to two lines at most, or upright when a word is wider than the group.
    double[] groupLeft = new double[spec.groups().size()];
    double[] groupRight = new double[spec.groups().size()];
    double cursor = x;
    for (int i = 0; i < spec.groups().size(); i++) {
      Group g = spec.groups().get(i);
      if (i > 0) {
        double gap = (g.adjacentToPrevious() ? GROUP_GAP : BREAK_GAP) * barWidth;
        if (!g.adjacentToPrevious()) {
          breaks.add(cursor + gap / 2);
        }
        cursor += gap;
      }
      groupLeft[i] = cursor;
      cursor += groupUnits[i] * barWidth;
      groupRight[i] = cursor;
    }
    // Group labels: wrapped by words to the group's width, in smaller type when a word is wider;
    // upright only when even the smallest type does not fit.
    boolean upright = true;
    List<String[]> given = new ArrayList<>(labelLines);
    for (Font font : GROUP_FONTS) {
      boolean fits = true;
      int most = 1;
      List<String[]> wrappedAll = new ArrayList<>();
      for (int i = 0; i < spec.groups().size() && fits; i++) {
        double room = groupRight[i] - groupLeft[i] + GROUP_GAP * barWidth * 0.9;
        List<String> wrapped = new ArrayList<>();
        for (String line : given.get(i)) {
          for (String word : line.split(" ")) {
            fits &= width(word, font) <= room;
          }
          wrapped.addAll(wrap(line, room, font));
        }
        wrappedAll.add(wrapped.toArray(new String[0]));
        most = Math.max(most, wrapped.size());
      }
      if (fits && most <= 4) {
        groupFont = font;
        labelLines = wrappedAll;
        maxLines = most;
        upright = false;
        break;
      }
    }
    double labelArea;
    if (upright) {
      groupFont = GROUP_FONTS[GROUP_FONTS.length - 1];
      double longest = 0;
      for (Group g : spec.groups()) {
        longest = Math.max(longest, width(g.label().replace('\n', ' '), groupFont));
      }
      labelArea = longest + 20;
    } else {
      labelArea = maxLines * height(groupFont) + 12;
    }
    double plotBottom = bottom - labelArea;

    // Room beyond bar ends for value labels: the widest label upright, at most.
    double labelRoom = height(LABEL_FONT) + LABEL_GAP * 2;
    for (Group g : spec.groups()) {
      for (Bar b : g.bars()) {
        String text = valueLabel(b);
        if (!text.isEmpty() && width(text, LABEL_FONT) > barWidth * (1 + INNER_GAP)) {
          labelRoom = Math.max(labelRoom, width(text, LABEL_FONT) + LABEL_GAP * 2);
        }
      }
    }
    double plotTop = top + (max > 0 ? 0 : 0);
    double span = axisMax - axisMin;
    double usable = plotBottom - plotTop - (max > 0 ? labelRoom : 0) - (min < 0 ? labelRoom : 0);
    scale = usable / span;
    double topValue = axisMax;
    zeroY = plotTop + (max > 0 ? labelRoom : 0) + topValue * scale;
    plot = new Rectangle2D.Double(left, plotTop, plotWidth, plotBottom - plotTop);

    for (double v : gridValues) {
      String t = format(v, spec.valuePattern());
      double w = width(t, TICK_FONT);
      double baseline = y(v) + ascent(TICK_FONT) / 2 - 2;
      addText(Kind.TICK, t, TICK_FONT, left - 12 - w, baseline, false, Color.BLACK, -1);
    }

    // Bars, their labels and the group labels.
    int barIndex = 0;
    for (int gi = 0; gi < spec.groups().size(); gi++) {
      Group g = spec.groups().get(gi);
      groups.add(new GroupBox(gi, groupLeft[gi], groupRight[gi]));
      double barsWidth = (g.bars().size() + Math.max(0, g.bars().size() - 1) * INNER_GAP) * barWidth;
      double bx = (groupLeft[gi] + groupRight[gi] - barsWidth) / 2; // bars centred under the label
      for (int bi = 0; bi < g.bars().size(); bi++) {
        Bar b = g.bars().get(bi);
        double pos = 0;
        double neg = 0;
        for (int si = 0; si < b.segments().size(); si++) {
          Segment s = b.segments().get(si);
          double from = s.value() >= 0 ? pos : neg;
          double to = from + s.value();
          if (s.value() >= 0) {
            pos = to;
          } else {
            neg = to;
          }
          double y1 = y(Math.max(from, to));
          double y2 = y(Math.min(from, to));
          Rectangle2D box = new Rectangle2D.Double(bx, y1, barWidth, Math.max(y2 - y1, 0));
          bars.add(new BarBox(gi, bi, si, box, s.colour(), s.approximate()));
          if (b.segments().size() > 1) { // a lone segment's value is the bar's label
            segmentLabel(s, box, barIndex);
          }
        }
        Rectangle2D slot = new Rectangle2D.Double(bx - INNER_GAP * barWidth / 2, plot.getY(),
            barWidth * (1 + INNER_GAP), plot.getHeight());
        slots.add(slot);
        valueLabel(b, bx, barWidth, slot, b.end() >= 0 ? y(pos) : y(neg), b.end() >= 0, barIndex);
        bx += barWidth * (1 + INNER_GAP);
        barIndex++;
      }
      String[] lines = labelLines.get(gi);
      double centre = (groupLeft[gi] + groupRight[gi]) / 2;
      if (upright) {
        String text = g.label().replace('\n', ' ');
        double w = width(text, groupFont);
        // Upright, reading bottom to top, its end just under the axis.
        double baselineX = centre + ascent(groupFont) / 2 - 2;
        double startY = plotBottom + 10 + w;
        addText(Kind.GROUP_LABEL, text, groupFont, baselineX, startY, true, Color.BLACK, gi);
      } else {
        double y = plotBottom + 8 + ascent(groupFont);
        for (String line : lines) {
          addText(Kind.GROUP_LABEL, line, groupFont, centre - width(line, groupFont) / 2, y, false, Color.BLACK, gi);
          y += height(groupFont);
        }
      }
    }
    if (barCount == 0) {
      throw new IllegalArgumentException("a chart needs at least one bar");
    }
  }

  /** Words joined into lines no wider than {@code room}; a word wider than room gets a line of its own. */
  static List<String> wrap(String text, double room, Font font) {
    List<String> lines = new ArrayList<>();
    String line = "";
    for (String word : text.split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && width(candidate, font) > room) {
        lines.add(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    lines.add(line);
    return lines;
  }

  /** A group's width in bar widths: its bars and the gaps between them, at least {@link #MIN_GROUP}. */
  private static double groupUnits(Group g) {
    return Math.max(MIN_GROUP, g.bars().size() + Math.max(0, g.bars().size() - 1) * INNER_GAP);
  }

  private static String valueLabel(Bar b) {
    if (b.totalLabel() != null) {
      return b.totalLabel();
    }
    return b.segments().size() == 1 ? b.segments().get(0).label() : "";
  }

  /** The label beyond the bar's end: flat if it fits the slot, upright if its height does, else left out. */
  private void valueLabel(Bar b, double bx, double barWidth, Rectangle2D slot, double endY, boolean up, int owner) {
    String text = valueLabel(b);
    if (text.isEmpty()) {
      return;
    }
    double w = width(text, LABEL_FONT);
    double h = height(LABEL_FONT);
    double centre = bx + barWidth / 2;
    if (w <= slot.getWidth() - 2) {
      double baseline = up ? endY - LABEL_GAP - descent(LABEL_FONT) : endY + LABEL_GAP + ascent(LABEL_FONT);
      addText(Kind.VALUE_LABEL, text, LABEL_FONT, centre - w / 2, baseline, false, Color.BLACK, owner);
    } else if (h <= slot.getWidth() - 2) {
      double baselineX = centre + ascent(LABEL_FONT) / 2 - descent(LABEL_FONT) / 2;
      double startY = up ? endY - LABEL_GAP : endY + LABEL_GAP + w;
      addText(Kind.VALUE_LABEL, text, LABEL_FONT, baselineX, startY, true, Color.BLACK, owner);
    } else {
      omittedLabels++;
    }
  }

  private void segmentLabel(Segment s, Rectangle2D box, int owner) {
    if (s.label().isEmpty()) {
      return;
    }
    double w = width(s.label(), SEGMENT_FONT);
    double h = height(SEGMENT_FONT);
    if (w <= box.getWidth() - 8 && h <= box.getHeight() - 4) {
      double baseline = box.getCenterY() + ascent(SEGMENT_FONT) / 2 - descent(SEGMENT_FONT) / 2;
      addText(Kind.SEGMENT_LABEL, s.label(), SEGMENT_FONT, box.getCenterX() - w / 2, baseline, false,
          readableOn(s.colour()), owner);
    } else {
      omittedLabels++;
    }
  }

  /** Legend items flow left to right in rows from the bottom up; returns the top of the legend. */
  private double legend(double bottom) {
    List<List<LegendItem>> rows = new ArrayList<>();
    List<LegendItem> row = new ArrayList<>();
    double swatch = 30;
    double available = WIDTH - 2 * PADDING;
    double used = 0;
    for (LegendItem item : spec.legend()) {
      double w = swatch + 10 + width(item.text(), LEGEND_FONT) + 36;
      if (!row.isEmpty() && used + w > available) {
        rows.add(row);
        row = new ArrayList<>();
        used = 0;
      }
      row.add(item);
      used += w;
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
    double lineHeight = height(LEGEND_FONT) + 8;
    double y = bottom - rows.size() * lineHeight;
    double top = y;
    for (List<LegendItem> r : rows) {
      double total = 0;
      for (LegendItem item : r) {
        total += swatch + 10 + width(item.text(), LEGEND_FONT) + 36;
      }
      double x = (WIDTH - total + 36) / 2;
      for (LegendItem item : r) {
        double baseline = y + ascent(LEGEND_FONT) + 2;
        swatches.add(new Swatch(new Rectangle2D.Double(x, baseline - swatch + 4, swatch, swatch), item.colour(),
            item.hatched()));
        addText(Kind.LEGEND, item.text(), LEGEND_FONT, x + swatch + 10, baseline, false, Color.BLACK, -1);
        x += swatch + 10 + width(item.text(), LEGEND_FONT) + 36;
      }
      y += lineHeight;
    }
    return top;
  }

  private double addLine(Kind kind, String text, Font font, double top, Color colour) {
    if (text.isEmpty()) {
      return top;
    }
    addText(kind, text, font, PADDING, top + ascent(font), false, colour, -1);
    return top + height(font);
  }

  private double addBottomLine(Kind kind, String text, Font font, double bottom, Color colour) {
    if (text.isEmpty()) {
      return bottom;
    }
    addText(kind, text, font, PADDING, bottom - descent(font), false, colour, -1);
    return bottom - height(font);
  }

  private void addText(Kind kind, String text, Font font, double x, double y, boolean upright, Color colour, int owner) {
    double w = width(text, font);
    Rectangle2D box = upright
        ? new Rectangle2D.Double(x - ascent(font), y - w, height(font), w)
        : new Rectangle2D.Double(x, y - ascent(font), w, height(font));
    texts.add(new TextBox(kind, text, font, box, x, y, upright, colour, owner));
  }

  static double width(String text, Font font) {
    return font.getStringBounds(text, FRC).getWidth();
  }

  static double ascent(Font font) {
    return font.getLineMetrics("Ag", FRC).getAscent();
  }

  static double descent(Font font) {
    return font.getLineMetrics("Ag", FRC).getDescent();
  }

  static double height(Font font) {
    return ascent(font) + descent(font);
  }

  /** Black on light fills, white on dark ones (relative luminance). */
  static Color readableOn(Color fill) {
    double l = 0.2126 * fill.getRed() + 0.7152 * fill.getGreen() + 0.0722 * fill.getBlue();
    return l > 140 ? Color.BLACK : Color.WHITE;
  }

  /** 1, 2 or 5 times a power of ten, at least {@code rough}. */
  static double niceStep(double rough) {
    double power = Math.pow(10, Math.floor(Math.log10(rough)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * power >= rough) {
        return m * power;
      }
    }
    return 10 * power;
  }

  /** "1,234.5" in Locale.ROOT with at most {@code pattern} decimals ("0.#" one, "0" none). */
  static String format(double v, String pattern) {
    int decimals = pattern.contains(".") ? pattern.length() - pattern.indexOf('.') - 1 : 0;
    BigDecimal d = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
    if (d.scale() < 0) {
      d = d.setScale(0);
    }
    if (d.signum() == 0) {
      d = BigDecimal.ZERO;
    }
    return String.format(Locale.ROOT, "%,." + d.scale() + "f", d);
  }
}
