package finmetrics.report;

import finmetrics.analyze.Analysis;
import finmetrics.analyze.ComparisonTable;
import finmetrics.analyze.MetricRow;
import finmetrics.model.Fact;
import finmetrics.model.Qualifier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Renders finmetrics.xlsx: the comparison, every metric and every fact as typed cells.
 *
 * <p>Comparison has one money column per metric and currency ("Revenue (USD bn)"), so that a
 * column never mixes currencies and can be summed or charted as it stands; percentages are real
 * fractions (0.10221 shown as 10.2 %). Approximate, bound and derived values differ by cell style
 * and carry a comment with their basis; every value links to the Facts row of its sentence.
 * Text cells are neutralised like the CSVs. The bytes are the same on every run.
 *
 * <p>The sheets stream (POI's SXSSF): rows go to a temporary file a window at a time, and text is
 * written in its cell (inline) instead of through a shared-strings table. An in-memory workbook
 * held every cell as an XML object and looked every string up as XML: on 80,000 facts that took
 * 13-18 s and most of a 1.7 GB heap, against about a second now in little memory.
 */
final class WorkbookWriter {
  static final String FILE = "finmetrics.xlsx";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
  // A column whose largest figure reaches 10 billion is shown in billions, else in millions.
  private static final BigDecimal BILLIONS_FROM = BigDecimal.valueOf(10_000_000_000L);
  private static final int MAX_WIDTH_CHARS = 60;
  private static final byte[] DERIVED_FILL = {(byte) 0xDD, (byte) 0xEB, (byte) 0xF7};
  private static final byte[] APPROX_FILL = {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC};
  private static final byte[] BOUND_FILL = {(byte) 0xFC, (byte) 0xE4, (byte) 0xD6};
  private static final byte[] HEADER_FILL = {(byte) 0xE7, (byte) 0xE6, (byte) 0xE6};
  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("revenue", "Revenue"), Map.entry("revenue_growth", "Revenue growth"),
      Map.entry("cost_of_revenue", "Cost of revenue"), Map.entry("gross_profit", "Gross profit"),
      Map.entry("gross_margin", "Gross margin"), Map.entry("operating_expenses", "Operating expenses"),
      Map.entry("operating_income", "Operating income"), Map.entry("operating_margin", "Operating margin"),
      Map.entry("ebitda", "EBITDA"), Map.entry("net_income", "Net income"),
      Map.entry("net_margin", "Net margin"), Map.entry("total_costs", "Total costs"),
      Map.entry("unallocated_costs", "Unallocated costs"),
      Map.entry("cost_of_revenue_pct_revenue", "Cost of revenue % of revenue"),
      Map.entry("sales_marketing_pct_revenue", "S&M % of revenue"),
      Map.entry("general_administrative_pct_revenue", "G&A % of revenue"),
      Map.entry("research_development_pct_revenue", "R&D % of revenue"));

  // Rows kept in memory per sheet; the rest is on disk. Nothing reads a row back once written.
  private static final int ROW_WINDOW = 200;

  // A sheet holds at most 1,048,576 rows (a format limit of Excel's): one header and the rest.
  static final int SHEET_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
  // A cell holds at most 32,767 characters.
  private static final int CELL_CHARS = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

  private final StreamingWorkbook workbook = new StreamingWorkbook();
  private final int sheetRows;
  private final Map<String, XSSFCellStyle> styles = new HashMap<>();
  // Lookup only: a fact's 1-based row on the Facts sheet.
  private final Map<Fact, Integer> factRows = new HashMap<>();
  // The widest cell of each column of the sheet being written (rows leave memory as they go, so
  // widths are measured on the way). Sheets are written one after the other; header() resets it.
  private int[] longest = new int[0];

  private WorkbookWriter(int sheetRows) {
    this.sheetRows = sheetRows;
  }

  static byte[] render(Analysis analysis) throws IOException {
    return render(analysis, SHEET_ROWS);
  }

  /** As above, with sheets of at most {@code sheetRows} rows (tests use a small number). */
  static byte[] render(Analysis analysis, int sheetRows) throws IOException {
    WorkbookWriter w = new WorkbookWriter(sheetRows);
    StreamingWorkbook wb = w.workbook;
    Throwable failure = null;
    try {
      ComparisonTable comparison = ComparisonTable.of(analysis.rows(), ComparisonTable.WORKBOOK_METRICS);
      List<Fact> facts = w.fitting(analysis.facts());
      // The fact rows are known before anything links to them: every fact's first row.
      for (int i = 0; i < facts.size(); i++) {
        w.factRows.putIfAbsent(facts.get(i), i + 2);
      }
      // Sheets in tab order; each is written in full before the next one starts.
      w.comparison(wb.createSheet("Comparison"), comparison);
      w.metrics(wb.createSheet("Metrics"), w.fitting(analysis.rows()));
      w.facts(wb.createSheet("Facts"), facts);
      w.key(wb.createSheet("Key"), notes(analysis.facts().size(), analysis.rows().size(), comparison.lines().size(), sheetRows));
      OfficeFiles.fixProperties(wb.getXSSFWorkbook(), "Financial comparison");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out); // zipped once, with fixed entry times (createArchiveOutputStream)
      return out.toByteArray();
    } catch (Throwable e) {
      failure = e;
      throw e;
    } finally {
      // The temporary files go whatever happened; failing to remove them must not hide what
      // stopped the workbook (a full disk would give both).
      try {
        wb.dispose();
        wb.close();
      } catch (IOException | RuntimeException e) {
        if (failure == null) {
          throw e;
        }
        failure.addSuppressed(e);
      }
    }
  }

  /** The rows a sheet has room for, below its header. */
  private <T> List<T> fitting(List<T> rows) {
    return rows.size() < sheetRows ? rows : rows.subList(0, sheetRows - 1);
  }

  /** What did not fit in the workbook, one sentence per sheet; empty when everything did. */
  static List<String> notes(Analysis analysis) {
    int most = Math.max(analysis.facts().size(), analysis.rows().size());
    return most < SHEET_ROWS ? List.of() : notes(analysis.facts().size(), analysis.rows().size(),
        ComparisonTable.of(analysis.rows(), ComparisonTable.WORKBOOK_METRICS).lines().size(), SHEET_ROWS);
  }

  private static List<String> notes(int facts, int metricRows, int comparisonLines, int sheetRows) {
    List<String> notes = new ArrayList<>();
    String[][] sheets = {
      {"Comparison", String.valueOf(comparisonLines), "lines", "comparison.csv"},
      {"Metrics", String.valueOf(metricRows), "rows", "metrics.csv"},
      {"Facts", String.valueOf(facts), "facts", "facts.csv"},
    };
    for (String[] s : sheets) {
      int total = Integer.parseInt(s[1]);
      if (total >= sheetRows) {
        notes.add(String.format(Locale.ROOT, "the %s sheet holds the first %,d of %,d %s, as many as a sheet can;"
            + " %s has them all", s[0], sheetRows - 1, total, s[2], s[3]));
      }
    }
    return notes;
  }

  /**
   * SXSSF without a shared-strings table writes every text as plain inline text, which would drop
   * the bold amount in the Facts sentences: this writer writes a {@link MarkedSentence} as an
   * inline rich string. Only cells in the sentence style can hold one (asking every cell for its
   * rich text would make POI build an XML object per cell).
   */
  private static final class StreamingWorkbook extends SXSSFWorkbook {
    private short sentenceStyle = -1;

    StreamingWorkbook() {
      super(new XSSFWorkbook(), ROW_WINDOW, false, false);
    }

    /**
     * The zip SXSSF writes into, with every entry dated {@link OfficeFiles#FIXED_TIME} so that
     * the bytes are the same on every run, and sizes in the classic (not Zip64) form that every
     * reader takes. Dating the entries here rather than zipping the file again saves inflating
     * and deflating the sheets a second time (70 MB of XML on 80,000 facts).
     */
    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
      ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out) {
        @Override
        public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
          entry.setTime(OfficeFiles.fixedTimeMillis());
          super.putArchiveEntry(entry);
        }
      };
      zip.setUseZip64(Zip64Mode.Never);
      zip.setLevel(Deflater.DEFAULT_COMPRESSION);
      return zip;
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
      return new SheetDataWriter() {
        @Override
        public void writeCell(int column, Cell cell) throws IOException {
          if (cell == null || cell.getCellType() != CellType.STRING || cell.getCellStyle().getIndex() != sentenceStyle
              || !(cell.getRichStringCellValue() instanceof MarkedSentence marked) || marked.start() < 0) {
            super.writeCell(column, cell);
            return;
          }
          _out.write("<c r=\"" + new CellReference(cell.getRowIndex(), column).formatAsString()
              + "\" s=\"" + (sentenceStyle & 0xffff) + "\" t=\"inlineStr\"><is>");
          run(marked.text().substring(0, marked.start()), "");
          run(marked.text().substring(marked.start(), marked.end()), BOLD_RUN);
          run(marked.text().substring(marked.end()), "");
          _out.write("</is></c>");
        }

        /**
         * POI's escaping, written in runs: POI's own writes every character on its own through a
         * synchronised writer, a fifth of the workbook's time. Same output: markup characters,
         * line breaks, tabs and no-break spaces as references, other control characters and
         * U+FFFE/U+FFFF as '?', everything else as it is.
         */
        @Override
        protected void outputEscapedString(String s) throws IOException {
          if (s == null) {
            return;
          }
          int last = 0;
          for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = switch (c) {
              case '<' -> "&lt;";
              case '>' -> "&gt;";
              case '&' -> "&amp;";
              case '"' -> "&quot;";
              case '\n' -> "&#xa;";
              case '\r' -> "&#xd;";
              case '\t' -> "&#x9;";
              case '\u00a0' -> "&#xa0;";
              default -> c < ' ' || c >= '\ufffe' ? "?" : null;
            };
            if (replacement != null) {
              _out.write(s, last, i - last);
              _out.write(replacement);
              last = i + 1;
            }
          }
          _out.write(s, last, s.length() - last);
        }

        private void run(String text, String properties) throws IOException {
          if (!text.isEmpty()) {
            _out.write("<r>" + properties + "<t xml:space=\"preserve\">");
            outputEscapedString(text);
            _out.write("</t></r>");
          }
        }
      };
    }
  }

  // The run properties Excel writes for bold text in the default font.
  private static final String BOLD_RUN = "<rPr><b/><sz val=\"11\"/><rFont val=\"Calibri\"/></rPr>";

  /**
   * A sentence with its amount ({@code start} to {@code end}, or start -1 for none) to show in
   * bold: the streaming writer turns it into runs. POI's own rich text would build XML objects
   * for every sentence, half of the workbook's time on 80,000 facts.
   */
  private record MarkedSentence(String text, int start, int end) implements RichTextString {
    @Override
    public String getString() {
      return text;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public int numFormattingRuns() {
      return start < 0 ? 0 : 1;
    }

    @Override
    public int getIndexOfFormattingRun(int index) {
      return start;
    }

    @Override
    public void applyFont(int startIndex, int endIndex, short fontIndex) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void applyFont(int startIndex, int endIndex, Font font) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void applyFont(Font font) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void applyFont(short fontIndex) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void clearFormatting() {
      throw new UnsupportedOperationException();
    }
  }

  /** One Comparison column: a percentage, or money of one metric in one currency. */
  private record Column(String metric, String currency, BigDecimal divisor, String header) {
    boolean isMoney() {
      return !currency.isEmpty();
    }
  }

  private void comparison(SXSSFSheet sheet, ComparisonTable table) {
    List<Column> columns = columns(table);
    List<String> header = new ArrayList<>(List.of("Company", "Year", "Currency"));
    columns.forEach(c -> header.add(c.header()));
    header(sheet, header);
    int r = 1;
    for (ComparisonTable.Line line : fitting(table.lines())) {
      SXSSFRow row = sheet.createRow(r++);
      text(row, 0, line.company());
      number(row, 1, line.period().firstYear(), style("0", Qualifier.EXACT, false));
      text(row, 2, line.currency());
      for (int c = 0; c < columns.size(); c++) {
        Column col = columns.get(c);
        MetricRow m = line.cells().get(col.metric());
        if (m == null || (col.isMoney() && !m.unit().equals(col.currency()))) {
          continue;
        }
        BigDecimal shown = col.isMoney() ? m.value().divide(col.divisor()) : m.value().divide(HUNDRED);
        String format = col.isMoney() ? (col.divisor().equals(BILLION) ? "#,##0.00" : "#,##0.0") : "0.0%";
        value(sheet, row, 3 + c, shown, format, m);
      }
    }
    finish(sheet, header.size(), r, 1);
  }

  /** Percent columns once; money columns once per currency that has a figure for them. */
  private static List<Column> columns(ComparisonTable table) {
    List<Column> columns = new ArrayList<>();
    for (String metric : table.metrics()) {
      Map<String, BigDecimal> largest = new LinkedHashMap<>();
      boolean percent = false;
      for (ComparisonTable.Line line : table.lines()) {
        MetricRow m = line.cells().get(metric);
        if (m == null) {
          continue;
        }
        if ("%".equals(m.unit())) {
          percent = true;
        } else {
          largest.merge(m.unit(), m.value().abs(), BigDecimal::max);
        }
      }
      String label = LABELS.getOrDefault(metric, metric);
      if (percent) {
        columns.add(new Column(metric, "", BigDecimal.ONE, label + " (%)"));
      }
      for (String currency : new TreeSet<>(largest.keySet())) {
        boolean billions = largest.get(currency).compareTo(BILLIONS_FROM) >= 0;
        columns.add(new Column(metric, currency, billions ? BILLION : MILLION,
            label + " (" + currency + (billions ? " bn" : " m") + ")"));
      }
    }
    return columns;
  }

  private void metrics(SXSSFSheet sheet, List<MetricRow> rows) {
    List<String> header = List.of("Company", "Period", "Metric", "Amount", "Percent", "Unit",
        "Qualifier", "Basis", "Sources");
    header(sheet, header);
    int r = 1;
    for (MetricRow m : rows) {
      SXSSFRow row = sheet.createRow(r++);
      text(row, 0, m.company());
      text(row, 1, m.period().toString());
      text(row, 2, m.metric());
      if ("%".equals(m.unit())) {
        value(sheet, row, 4, m.value().divide(HUNDRED), "0.0##%", m);
      } else {
        value(sheet, row, 3, m.value(), "#,##0", m);
      }
      text(row, 5, m.unit());
      text(row, 6, m.qualifier().label());
      text(row, 7, m.basis());
      text(row, 8, MetricsCsvWriter.sources(m.sources()));
    }
    finish(sheet, header.size(), r, 0);
  }

  private void facts(SXSSFSheet sheet, List<Fact> facts) {
    List<String> header = List.of("Document", "Line", "Company", "Metric", "Period", "Amount",
        "Percent", "Unit", "Qualifier", "Sentence", "Section", "Rule");
    header(sheet, header);
    XSSFCellStyle wrapped = (XSSFCellStyle) workbook.createCellStyle();
    wrapped.setWrapText(true);
    wrapped.setVerticalAlignment(VerticalAlignment.TOP);
    workbook.sentenceStyle = wrapped.getIndex();
    int r = 1;
    for (Fact f : facts) {
      SXSSFRow row = sheet.createRow(r++);
      text(row, 0, f.source().documentId());
      number(row, 1, f.source().line(), style("0", Qualifier.EXACT, false));
      text(row, 2, f.company());
      text(row, 3, f.metric().id());
      text(row, 4, f.period().toString());
      if ("%".equals(f.unit())) {
        number(row, 6, f.value().divide(HUNDRED).doubleValue(), style("0.0##%", f.qualifier(), false));
      } else {
        number(row, 5, f.value().doubleValue(), style("#,##0", f.qualifier(), false));
      }
      text(row, 7, f.unit());
      text(row, 8, f.qualifier().label());
      SXSSFCell sentence = row.createCell(9);
      String evidence = SpreadsheetCsv.neutralise(f.source().evidence());
      String amount = f.source().matchedText();
      int at = amount.isEmpty() ? -1 : evidence.indexOf(amount);
      sentence.setCellValue(new MarkedSentence(evidence, at, at + amount.length())); // the amount in bold
      sentence.setCellStyle(wrapped);
      text(row, 10, f.source().sectionPath());
      text(row, 11, f.source().ruleId());
    }
    finish(sheet, header.size(), r, 0);
    sheet.setColumnWidth(9, 80 * 256);
  }

  private void key(SXSSFSheet sheet, List<String> notes) {
    header(sheet, List.of("Cell", "Means"));
    Object[][] rows = {
      {"plain", Qualifier.EXACT, false, "Stated exactly in a document"},
      {"yellow, ≈", Qualifier.APPROX, false, "Stated as approximate (\"about\", \"nearly\")"},
      {"orange, > or <", Qualifier.MORE_THAN, false, "A bound (\"more than\"); never used in a computation"},
      {"blue", Qualifier.EXACT, true, "Derived from stated figures; the comment gives the computation"},
    };
    int r = 1;
    for (Object[] k : rows) {
      SXSSFRow row = sheet.createRow(r++);
      number(row, 0, 1234.5, style("#,##0.0", (Qualifier) k[1], (Boolean) k[2]));
      text(row, 1, (String) k[3]);
    }
    SXSSFRow more = sheet.createRow(r + 1);
    text(more, 1, "Every value links to the Facts row of the sentence it comes from (for a derived"
        + " value, its first source). Money on Comparison is in millions (m) or billions (bn) of the"
        + " currency in the column header; percentages are real percentages.");
    for (String note : notes) {
      text(sheet.createRow(++r + 1), 1, Character.toUpperCase(note.charAt(0)) + note.substring(1) + ".");
    }
    sheet.setColumnWidth(0, 18 * 256);
    sheet.setColumnWidth(1, 100 * 256);
  }

  /** A typed value with the style of its qualifier and origin, its basis comment and its link. */
  private void value(SXSSFSheet sheet, SXSSFRow row, int col, BigDecimal shown, String format, MetricRow m) {
    SXSSFCell cell = number(row, col, shown.doubleValue(), style(format, m.qualifier(), m.isDerived()));
    Integer target = factRows.get(m.sources().get(0));
    if (target != null) {
      XSSFHyperlink link = (XSSFHyperlink) workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
      link.setAddress("'Facts'!J" + target);
      cell.setHyperlink(link);
    }
    String basis = basis(m);
    if (!basis.isEmpty()) {
      XSSFClientAnchor anchor = new XSSFClientAnchor(0, 0, 0, 0, col + 1, row.getRowNum(), col + 5, row.getRowNum() + 4);
      XSSFComment comment = (XSSFComment) sheet.createDrawingPatriarch().createCellComment(anchor);
      comment.setString(new XSSFRichTextString(basis));
      comment.setAuthor("finmetrics");
      comment.setAddress(new CellAddress(row.getRowNum(), col)); // SXSSF's setCellComment does not move it
      cell.setCellComment(comment);
    }
  }

  /** Why a value is not a plain stated figure; "" when it is one. */
  static String basis(MetricRow m) {
    String where = MetricsCsvWriter.sources(m.sources()).replace(";", ", ");
    if (m.isDerived()) {
      return "Derived: " + m.basis() + " (from " + where + ")"
          + (m.qualifier() == Qualifier.APPROX ? "; approximate, as an input is approximate" : "");
    }
    if (m.qualifier() == Qualifier.APPROX) {
      return "Stated as approximate in " + where;
    }
    if (m.qualifier() == Qualifier.MORE_THAN || m.qualifier() == Qualifier.LESS_THAN) {
      return "A bound (" + m.qualifier().label().replace('_', ' ') + ") stated in " + where
          + "; never used in a computation";
    }
    return "";
  }

  private XSSFCellStyle style(String format, Qualifier qualifier, boolean derived) {
    return styles.computeIfAbsent(format + "|" + qualifier + "|" + derived, k -> {
      XSSFCellStyle s = (XSSFCellStyle) workbook.createCellStyle();
      String prefix = switch (qualifier) {
        case APPROX -> "\"≈ \"";
        case MORE_THAN -> "\"> \"";
        case LESS_THAN -> "\"< \"";
        default -> "";
      };
      s.setDataFormat(workbook.createDataFormat().getFormat(prefix + format + ";" + prefix + "-" + format));
      byte[] fill = derived ? DERIVED_FILL : qualifier == Qualifier.APPROX ? APPROX_FILL
          : qualifier == Qualifier.EXACT ? null : BOUND_FILL;
      if (fill != null) {
        s.setFillForegroundColor(new XSSFColor(fill));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      }
      if (qualifier == Qualifier.APPROX) {
        XSSFFont italic = (XSSFFont) workbook.createFont();
        italic.setItalic(true);
        s.setFont(italic);
      }
      return s;
    });
  }

  private void header(SXSSFSheet sheet, List<String> names) {
    XSSFCellStyle s = styles.computeIfAbsent("header", k -> {
      XSSFCellStyle h = (XSSFCellStyle) workbook.createCellStyle();
      XSSFFont bold = (XSSFFont) workbook.createFont();
      bold.setBold(true);
      h.setFont(bold);
      h.setFillForegroundColor(new XSSFColor(HEADER_FILL));
      h.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      h.setBorderBottom(BorderStyle.THIN);
      h.setWrapText(true);
      h.setVerticalAlignment(VerticalAlignment.TOP);
      return h;
    });
    SXSSFRow row = sheet.createRow(0);
    longest = new int[names.size()];
    for (int i = 0; i < names.size(); i++) {
      SXSSFCell c = row.createCell(i);
      c.setCellValue(names.get(i));
      c.setCellStyle(s);
      longest[i] = (names.get(i).length() + 1) / 2 + 3; // a header may wrap onto two lines
    }
  }

  /** Frozen header (and first columns), autofilter over the data, widths from the longest text. */
  private void finish(SXSSFSheet sheet, int columns, int rows, int frozenColumns) {
    sheet.createFreezePane(frozenColumns, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows - 1, 0), 0, columns - 1));
    for (int c = 0; c < columns; c++) {
      sheet.setColumnWidth(c, Math.min(Math.max(6, longest[c]), MAX_WIDTH_CHARS) * 256);
    }
  }

  /** Widens the current sheet's column to what a cell of {@code length} characters needs. */
  private void fit(int col, int length) {
    if (col < longest.length) {
      longest[col] = Math.max(longest[col], length + 2);
    }
  }

  private void text(SXSSFRow row, int col, String value) {
    if (value != null && !value.isEmpty()) {
      String shown = SpreadsheetCsv.neutralise(value);
      if (shown.length() > CELL_CHARS) {
        shown = shown.substring(0, CELL_CHARS - 1) + "…"; // a cell holds no more; the CSVs hold it all
      }
      row.createCell(col).setCellValue(shown);
      fit(col, shown.length());
    }
  }

  private SXSSFCell number(SXSSFRow row, int col, double value, XSSFCellStyle style) {
    fit(col, 12); // a number shows at most about 16 characters
    SXSSFCell cell = row.createCell(col);
    cell.setCellValue(value);
    cell.setCellStyle(style);
    return cell;
  }
}
