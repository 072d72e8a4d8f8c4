package finmetrics.report;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.GraphicsUtils;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import de.erichseifert.vectorgraphics2d.VectorHints;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** Draws a {@link ChartLayout} exactly as laid out, as PNG pixels or as SVG with real text. */
final class ChartPainter {
  private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
  private static final Color BREAK = new Color(0x88, 0x88, 0x88);

  /**
   * The physical font (DejaVu Sans, say) behind each logical one (SansSerif) of the layout. The
   * SVG writer would otherwise find it anew for every text, by laying the text out in every font
   * on the machine: half a second of the main job on a machine with twenty fonts.
   */
  private static final Map<Font, Font> PHYSICAL = new ConcurrentHashMap<>();
  private static final String USUAL_FONT = "DejaVu Sans";
  /** The digits, letters and signs of the charts' texts: fonts are matched by their bounds. */
  private static final String SAMPLE = "Revenue 2023 $ € £ 0123456789 %";

  private ChartPainter() {}

  static byte[] png(ChartLayout layout) throws IOException {
    BufferedImage image = new BufferedImage(ChartLayout.WIDTH, ChartLayout.HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      paint(g, layout, UnaryOperator.identity());
    } finally {
      g.dispose();
    }
    return PngEncoder.encode(image);
  }

  /** SVG whose text is {@code <text>} elements, so a slide program can edit a title or a label. */
  static String svg(ChartLayout layout) throws IOException {
    VectorGraphics2D g = new VectorGraphics2D();
    g.setRenderingHint(VectorHints.KEY_TEXT, VectorHints.VALUE_TEXT_DEFAULT);
    paint(g, layout, ChartPainter::physical);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, ChartLayout.WIDTH, ChartLayout.HEIGHT))
        .writeTo(out);
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static Font physical(Font font) {
    return PHYSICAL.computeIfAbsent(font, f -> {
      // The font the README asks for, when it is what Java draws for the logical one (the same
      // bounds for the same text); else the SVG writer's own search through every font.
      Font candidate = new Font(USUAL_FONT, f.getStyle(), f.getSize());
      if (candidate.getFamily(Locale.ROOT).equals(USUAL_FONT) && sameBounds(f, candidate)) {
        return candidate;
      }
      return GraphicsUtils.getPhysicalFont(f, SAMPLE);
    });
  }

  private static boolean sameBounds(Font a, Font b) {
    FontRenderContext context = new FontRenderContext(null, false, true);
    return new TextLayout(SAMPLE, a, context).getBounds().equals(new TextLayout(SAMPLE, b, context).getBounds());
  }

  private static void paint(Graphics2D g, ChartLayout layout, UnaryOperator<Font> fonts) {
    g.setColor(Color.WHITE);
    g.fill(new Rectangle2D.Double(0, 0, ChartLayout.WIDTH, ChartLayout.HEIGHT));
    Rectangle2D plot = layout.plot;
    g.setStroke(new BasicStroke(1f));
    g.setColor(GRID);
    for (double v : layout.gridValues) {
      g.draw(new Line2D.Double(plot.getMinX(), layout.y(v), plot.getMaxX(), layout.y(v)));
    }
    for (ChartLayout.BarBox b : layout.bars) {
      fill(g, b.box(), b.colour(), b.hatched());
    }
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(2f));
    g.draw(new Line2D.Double(plot.getMinX(), layout.zeroY, plot.getMaxX(), layout.zeroY));
    for (double x : layout.breaks) {
      // Years without data: a dashed line through the plot and a zig-zag on the axis.
      g.setColor(BREAK);
      g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 8f}, 0f));
      g.draw(new Line2D.Double(x, plot.getMinY(), x, plot.getMaxY()));
      g.setStroke(new BasicStroke(3f));
      Path2D zig = new Path2D.Double();
      double y = layout.zeroY;
      zig.moveTo(x - 12, y);
      zig.lineTo(x - 6, y - 10);
      zig.lineTo(x + 6, y + 10);
      zig.lineTo(x + 12, y);
      g.setColor(Color.WHITE);
      g.fill(new Rectangle2D.Double(x - 12, y - 3, 24, 6));
      g.setColor(BREAK);
      g.draw(zig);
    }
    for (ChartLayout.Swatch s : layout.swatches) {
      fill(g, s.box(), s.colour(), s.hatched());
    }
    for (ChartLayout.TextBox t : layout.texts) {
      g.setFont(fonts.apply(t.font()));
      g.setColor(t.colour());
      if (t.upright()) {
        AffineTransform before = g.getTransform();
        g.translate(t.x(), t.y());
        g.rotate(-Math.PI / 2);
        g.drawString(t.text(), 0f, 0f);
        g.setTransform(before);
      } else {
        g.drawString(t.text(), (float) t.x(), (float) t.y());
      }
    }
  }

  /** A solid fill; an approximate value gets white diagonal hatching over it. */
  private static void fill(Graphics2D g, Rectangle2D box, Color colour, boolean hatched) {
    g.setColor(colour);
    g.fill(box);
    if (!hatched || box.getHeight() <= 0) {
      return;
    }
    Shape clip = g.getClip();
    g.clip(box);
    g.setColor(new Color(255, 255, 255, 170));
    g.setStroke(new BasicStroke(4f));
    for (double d = -box.getHeight(); d < box.getWidth(); d += 16) {
      g.draw(new Line2D.Double(box.getMinX() + d, box.getMaxY(), box.getMinX() + d + box.getHeight(), box.getMinY()));
    }
    g.setClip(clip);
  }
}
