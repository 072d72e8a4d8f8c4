package finmetrics.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Renders CSV that opens cleanly in any spreadsheet: RFC 4180 with CRLF line endings, UTF-8,
 * plain decimals, an empty cell for a missing value, and text cells neutralised against formula
 * injection (OWASP: a leading =, +, - or @ gets a leading apostrophe).
 */
public final class SpreadsheetCsv {
  // RFC4180 preset: comma, double-quote quoting when needed, CRLF record separator.
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private SpreadsheetCsv() {}

  /**
   * Renders a header and rows. A {@link BigDecimal} or {@link Number} is written as a plain
   * decimal; {@code null} as an empty cell; anything else as neutralised text.
   */
  public static byte[] render(List<String> header, List<? extends List<?>> rows) {
    StringWriter text = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(text, FORMAT)) {
      printer.printRecord(header);
      for (List<?> row : rows) {
        for (Object cell : row) {
          printer.print(cell(cell));
        }
        printer.println();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The CSV with a UTF-8 byte-order mark in front: LibreOffice and Excel read a CSV opened by a
   * double-click as UTF-8 only when it starts with one ("Café" instead of "CafÃ©"). Only the
   * report's spreadsheet files get it; facts.csv from {@code extract} stays plain UTF-8 for tools.
   */
  public static byte[] withByteOrderMark(byte[] csv) {
    byte[] out = new byte[csv.length + BOM.length];
    System.arraycopy(BOM, 0, out, 0, BOM.length);
    System.arraycopy(csv, 0, out, BOM.length, csv.length);
    return out;
  }

  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal) {
      return plain((BigDecimal) value);
    }
    if (value instanceof Number) {
      return plain(new BigDecimal(value.toString()));
    }
    return neutralise(value.toString());
  }

  /** A plain decimal: no exponent, no trailing zeros after the point ("70.583", "168700000"). */
  public static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() < 0) {
      stripped = stripped.setScale(0);
    }
    return stripped.signum() == 0 ? "0" : stripped.toPlainString();
  }

  static String neutralise(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }
}
