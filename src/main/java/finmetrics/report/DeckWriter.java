package finmetrics.report;

import finmetrics.analyze.Analysis;
import finmetrics.analyze.ComparisonTable;
import finmetrics.analyze.MetricRow;
import finmetrics.model.Fact;
import finmetrics.model.Qualifier;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * Renders finmetrics.pptx, 16:9: a title slide, one slide per chart (its PNG, full slide), the
 * comparison table over as many slides as it needs, and on every slide notes naming its sources.
 * The bytes are the same on every run.
 */
final class DeckWriter {
  static final String FILE = "finmetrics.pptx";
  // 16:9 in points (13.33 × 7.5 inches), the size slide programs call "widescreen".
  private static final int SLIDE_WIDTH = 960;
  private static final int SLIDE_HEIGHT = 540;
  static final int ROWS_PER_TABLE_SLIDE = 12;
  private static final List<String> TABLE_METRICS = List.of(
      "revenue", "revenue_growth", "gross_margin", "operating_margin", "net_margin", "total_costs");
  private static final List<String> TABLE_HEADERS = List.of(
      "Company", "Year", "Currency", "Revenue (m)", "Growth %", "Gross margin %", "Operating margin %",
      "Net margin %", "Total costs (m)");
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  private DeckWriter() {}

  static byte[] render(Analysis analysis, List<String> documents, List<ChartWriter.Chart> charts) throws IOException {
    try (XMLSlideShow ppt = new XMLSlideShow()) {
      ppt.setPageSize(new Dimension(SLIDE_WIDTH, SLIDE_HEIGHT));
      XSLFSlide title = ppt.createSlide();
      text(title, ReportBuilder.TITLE, new Rectangle(60, 170, 840, 90), 44, true);
      text(title, analysis.facts().size() + " figures from " + documents.size()
          + " documents, every one traceable to its sentence (report.html, finmetrics.xlsx)",
          new Rectangle(60, 270, 840, 80), 20, false);
      notes(ppt, title, "Documents read: " + String.join(", ", documents));

      for (ChartWriter.Chart c : charts) {
        byte[] png = c.files().get(ChartFormat.PNG);
        if (png == null) {
          continue;
        }
        XSLFSlide slide = ppt.createSlide();
        XSLFPictureData picture = ppt.addPicture(png, PictureData.PictureType.PNG);
        slide.createPicture(picture).setAnchor(new Rectangle(0, 0, SLIDE_WIDTH, SLIDE_HEIGHT));
        notes(ppt, slide, c.title() + ". " + c.note() + "\nSources: " + String.join(", ", c.sources()));
      }

      ComparisonTable table = ComparisonTable.of(analysis.rows(), TABLE_METRICS);
      List<ComparisonTable.Line> lines = table.lines();
      int pages = Math.max(1, (lines.size() + ROWS_PER_TABLE_SLIDE - 1) / ROWS_PER_TABLE_SLIDE);
      for (int page = 0; page < pages; page++) {
        List<ComparisonTable.Line> part =
            lines.subList(page * ROWS_PER_TABLE_SLIDE, Math.min(lines.size(), (page + 1) * ROWS_PER_TABLE_SLIDE));
        tableSlide(ppt, part, page + 1, pages);
      }
      OfficeFiles.fixProperties(ppt, ReportBuilder.TITLE);
      return OfficeFiles.bytes(ppt);
    }
  }

  private static void tableSlide(XMLSlideShow ppt, List<ComparisonTable.Line> lines, int page, int pages) {
    XSLFSlide slide = ppt.createSlide();
    text(slide, "Comparison" + (pages > 1 ? " (" + page + " of " + pages + ")" : ""),
        new Rectangle(30, 12, 900, 44), 28, true);
    XSLFTable t = slide.createTable();
    t.setAnchor(new Rectangle(30, 64, 900, 440));
    XSLFTableRow header = t.addRow();
    for (String h : TABLE_HEADERS) {
      cell(header.addCell(), h, true, false);
    }
    Set<String> sources = new LinkedHashSet<>();
    for (ComparisonTable.Line line : lines) {
      XSLFTableRow row = t.addRow();
      cell(row.addCell(), line.company(), false, false);
      cell(row.addCell(), line.period().toString(), false, false);
      cell(row.addCell(), line.currency(), false, false);
      for (String metric : TABLE_METRICS) {
        MetricRow m = line.cells().get(metric);
        cell(row.addCell(), m == null ? "" : shown(m), false, true);
        if (m != null) {
          for (Fact f : m.sources()) {
            sources.add(f.source().documentId() + ":" + f.source().line());
          }
        }
      }
    }
    double[] widths = {180, 50, 80, 100, 80, 100, 110, 90, 110};
    for (int i = 0; i < widths.length; i++) {
      t.setColumnWidth(i, widths[i]);
    }
    text(slide, "≈ approximate, > < a bound, empty: unknown. Money in millions of the row's currency;"
        + " every figure is in finmetrics.xlsx with its sentence.", new Rectangle(30, 505, 900, 30), 11, false);
    notes(ppt, slide, "Sources of the figures on this slide: " + String.join(", ", sources));
  }

  /** "13,250", "≈ 4,500", "10.2": money in millions, percentages to one decimal. */
  static String shown(MetricRow m) {
    String prefix = m.qualifier() == Qualifier.APPROX ? "≈ " : m.qualifier() == Qualifier.MORE_THAN ? "> "
        : m.qualifier() == Qualifier.LESS_THAN ? "< " : "";
    if ("%".equals(m.unit())) {
      return prefix + String.format(Locale.ROOT, "%.1f", m.value().setScale(1, RoundingMode.HALF_EVEN));
    }
    BigDecimal millions = m.value().divide(MILLION).setScale(0, RoundingMode.HALF_EVEN);
    return prefix + String.format(Locale.ROOT, "%,d", millions.longValueExact());
  }

  private static void cell(XSLFTableCell cell, String value, boolean header, boolean number) {
    cell.clearText();
    XSLFTextParagraph p = cell.addNewTextParagraph();
    p.setTextAlign(number ? TextParagraph.TextAlign.RIGHT : TextParagraph.TextAlign.LEFT);
    XSLFTextRun r = p.addNewTextRun();
    r.setText(value);
    r.setFontSize(12.0);
    r.setBold(header);
    if (header) {
      cell.setFillColor(new Color(0xE7, 0xE6, 0xE6));
    }
    cell.setBorderColor(org.apache.poi.sl.usermodel.TableCell.BorderEdge.bottom, new Color(0xBB, 0xBB, 0xBB));
  }

  private static void text(XSLFSlide slide, String text, Rectangle where, double size, boolean bold) {
    XSLFTextBox box = slide.createTextBox();
    box.setAnchor(where);
    box.clearText();
    XSLFTextRun r = box.addNewTextParagraph().addNewTextRun();
    r.setText(text);
    r.setFontSize(size);
    r.setBold(bold);
  }

  private static void notes(XMLSlideShow ppt, XSLFSlide slide, String text) {
    XSLFNotes notes = ppt.getNotesSlide(slide);
    for (XSLFTextShape shape : notes.getPlaceholders()) {
      if (shape.getTextType() == Placeholder.BODY) {
        shape.setText(text);
        return;
      }
    }
    throw new IllegalStateException("the notes page has no body placeholder");
  }
}
