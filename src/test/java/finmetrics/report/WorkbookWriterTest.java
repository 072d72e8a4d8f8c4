package finmetrics.report;

import static finmetrics.TestFacts.fact;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import finmetrics.analyze.Analysis;
import finmetrics.analyze.MetricCalculator;
import finmetrics.model.Fact;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TimeZone;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class WorkbookWriterTest {
  static List<Fact> facts() {
    return List.of(
        fact("Café Müller", "revenue", "2023", "13250000000", "EUR", "cafe.md", 3),
        fact("Café Müller", "revenue", "2022", "11730000000", "EUR", "cafe.md", 4),
        fact("Café Müller", "gross_profit", "2023", "3400000000", "EUR", "cafe.md", 5),
        fact("Café Müller", "net_income", "2023", "-532000000", "EUR", "approx", "cafe.md", 6),
        fact("=cmd|' /C calc'!A0", "revenue", "2023", "440000000", "USD", "more_than", "evil.md", 2),
        fact("Infosys", "revenue", "2024", "18560000000", "USD", "infosys.md", 7),
        fact("Infosys", "revenue", "2024", "1536700000000", "INR", "infosys.md", 8));
  }

  private static XSSFWorkbook open(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  private static int column(XSSFSheet sheet, String header) {
    XSSFRow row = sheet.getRow(0);
    for (int c = 0; c < row.getLastCellNum(); c++) {
      if (row.getCell(c).getStringCellValue().equals(header)) {
        return c;
      }
    }
    throw new AssertionError("no column " + header);
  }

  private static XSSFRow row(XSSFSheet sheet, String company, int year, String currency) {
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      XSSFRow row = sheet.getRow(r);
      if (row.getCell(0).getStringCellValue().equals(company)
          && row.getCell(1).getNumericCellValue() == year
          && row.getCell(2).getStringCellValue().equals(currency)) {
        return row;
      }
    }
    throw new AssertionError("no row " + company + " " + year + " " + currency);
  }

  @Test
  void comparisonHasTypedCellsMoneyPerCurrencyInBillionsAndRealPercentages() throws IOException {
    Analysis a = MetricCalculator.compute(facts());
    try (XSSFWorkbook wb = open(WorkbookWriter.render(a))) {
      assertEquals(List.of("Comparison", "Metrics", "Facts", "Key"),
          List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)));
      XSSFSheet s = wb.getSheet("Comparison");
      XSSFRow cafe = row(s, "Café Müller", 2023, "EUR");
      XSSFCell revenue = cafe.getCell(column(s, "Revenue (EUR bn)"));
      assertEquals(CellType.NUMERIC, revenue.getCellType());
      assertEquals(13.25, revenue.getNumericCellValue(), 1e-9);
      assertEquals("#,##0.00;-#,##0.00", revenue.getCellStyle().getDataFormatString());
      XSSFCell growth = cafe.getCell(column(s, "Revenue growth (%)"));
      assertEquals(0.12958, growth.getNumericCellValue(), 1e-9, "13250/11730 - 1, as a fraction");
      assertTrue(growth.getCellStyle().getDataFormatString().startsWith("0.0%"));
      // Currencies never share a column: Infosys's INR and USD revenue sit in their own ones.
      assertEquals(1536.7, row(s, "Infosys", 2024, "INR").getCell(column(s, "Revenue (INR bn)")).getNumericCellValue(), 1e-9);
      assertNull(row(s, "Infosys", 2024, "INR").getCell(column(s, "Revenue (USD bn)")));
      assertEquals(18.56, row(s, "Infosys", 2024, "USD").getCell(column(s, "Revenue (USD bn)")).getNumericCellValue(), 1e-9);
      assertEquals("Café Müller", cafe.getCell(0).getStringCellValue(), "non-ASCII text as text");
      assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition(), "first column frozen");
      assertEquals(1, s.getPaneInformation().getVerticalSplitPosition(), "header row frozen");
      assertNotNull(s.getCTWorksheet().getAutoFilter(), "autofilter");
    }
  }

  @Test
  void approximateBoundAndDerivedValuesDifferInStyleAndSayTheirBasisAndEveryValueLinksToItsFact()
      throws IOException {
    Analysis a = MetricCalculator.compute(facts());
    try (XSSFWorkbook wb = open(WorkbookWriter.render(a))) {
      XSSFSheet s = wb.getSheet("Comparison");
      XSSFRow cafe = row(s, "Café Müller", 2023, "EUR");
      XSSFCell stated = cafe.getCell(column(s, "Revenue (EUR bn)"));
      XSSFCell approx = cafe.getCell(column(s, "Net income (EUR m)"));
      XSSFCell derived = cafe.getCell(column(s, "Gross margin (%)"));
      XSSFCell bound = row(s, "'=cmd|' /C calc'!A0", 2023, "USD").getCell(column(s, "Revenue (USD bn)"));
      assertEquals(-532.0, approx.getNumericCellValue(), 1e-9, "a loss stays a negative number");
      assertTrue(approx.getCellStyle().getDataFormatString().startsWith("\"≈ \""));
      assertTrue(approx.getCellStyle().getFont().getItalic());
      assertTrue(bound.getCellStyle().getDataFormatString().startsWith("\"> \""));
      List<Short> fills = new ArrayList<>();
      for (XSSFCell c : List.of(stated, approx, derived, bound)) {
        fills.add(c.getCellStyle().getFillPattern().getCode());
      }
      assertEquals((short) 0, fills.get(0), "a stated exact value is plain");
      assertEquals(4, List.of(stated, approx, derived, bound).stream()
          .map(c -> String.valueOf(c.getCellStyle().getFillForegroundColorColor() == null ? "none"
              : c.getCellStyle().getFillForegroundColorColor().getARGBHex())).distinct().count(),
          "four looks for four kinds of value");
      assertNull(stated.getCellComment());
      assertTrue(derived.getCellComment().getString().getString().startsWith("Derived: gross_profit / revenue"),
          derived.getCellComment().getString().getString());
      assertTrue(approx.getCellComment().getString().getString().contains("approximate in cafe.md:6"));
      assertTrue(bound.getCellComment().getString().getString().contains("more than"));

      XSSFSheet facts = wb.getSheet("Facts");
      String address = stated.getHyperlink().getAddress();
      assertTrue(address.startsWith("'Facts'!J"), address);
      XSSFRow target = facts.getRow(Integer.parseInt(address.substring("'Facts'!J".length())) - 1);
      assertEquals("cafe.md", target.getCell(0).getStringCellValue());
      assertEquals(3, target.getCell(1).getNumericCellValue());
      assertTrue(target.getCell(9).getStringCellValue().contains("13250000000 EUR"), "the sentence");
      for (int r = 1; r <= s.getLastRowNum(); r++) {
        for (org.apache.poi.ss.usermodel.Cell c : s.getRow(r)) {
          assertTrue(c.getCellType() != CellType.FORMULA);
          if (c.getCellType() == CellType.NUMERIC && c.getColumnIndex() > 2) {
            assertNotNull(c.getHyperlink(), "value without link at " + c.getAddress());
          }
        }
      }
    }
  }

  @Test
  void textThatASpreadsheetWouldRunIsNeutralisedButNegativeNumbersStayNumbers() throws IOException {
    Analysis a = MetricCalculator.compute(facts());
    try (XSSFWorkbook wb = open(WorkbookWriter.render(a))) {
      XSSFSheet facts = wb.getSheet("Facts");
      boolean sawEvil = false;
      boolean sawLoss = false;
      for (int r = 1; r <= facts.getLastRowNum(); r++) {
        XSSFRow row = facts.getRow(r);
        String company = row.getCell(2).getStringCellValue();
        assertTrue(company.isEmpty() || "=+-@".indexOf(company.charAt(0)) < 0, company);
        sawEvil |= company.equals("'=cmd|' /C calc'!A0");
        if (row.getCell(3).getStringCellValue().equals("net_income")) {
          assertEquals(CellType.NUMERIC, row.getCell(5).getCellType());
          assertEquals(-532000000.0, row.getCell(5).getNumericCellValue());
          sawLoss = true;
        }
      }
      assertTrue(sawEvil && sawLoss);
    }
  }

  @Test
  void twoRunsInDifferentTimeZonesAndFactOrdersGiveTheSameBytes() throws IOException {
    List<Fact> reversed = new ArrayList<>(facts());
    Collections.reverse(reversed);
    byte[] first = WorkbookWriter.render(MetricCalculator.compute(facts()));
    TimeZone before = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      byte[] second = WorkbookWriter.render(MetricCalculator.compute(reversed));
      assertArrayEquals(first, second);
    } finally {
      TimeZone.setDefault(before);
    }
  }

  @Test
  void theFactsSentenceShowsItsAmountInBoldAndColumnsFitTheirText() throws IOException {
    Analysis a = MetricCalculator.compute(facts());
    try (XSSFWorkbook wb = open(WorkbookWriter.render(a))) {
      XSSFSheet facts = wb.getSheet("Facts");
      XSSFRow cafe = null;
      for (int r = 1; r <= facts.getLastRowNum(); r++) {
        if (facts.getRow(r).getCell(0).getStringCellValue().equals("cafe.md") && facts.getRow(r).getCell(1).getNumericCellValue() == 3) {
          cafe = facts.getRow(r);
        }
      }
      org.apache.poi.xssf.usermodel.XSSFRichTextString sentence = cafe.getCell(9).getRichStringCellValue();
      String text = sentence.getString();
      String amount = "13250000000 EUR";
      assertTrue(text.contains(amount), text);
      boolean boldAmount = false;
      for (int i = 0; i < sentence.numFormattingRuns(); i++) {
        int start = sentence.getIndexOfFormattingRun(i);
        String run = text.substring(start, start + sentence.getLengthOfFormattingRun(i));
        org.apache.poi.xssf.usermodel.XSSFFont font = sentence.getFontOfFormattingRun(i);
        boolean bold = font != null && font.getBold();
        assertEquals(run.equals(amount), bold, "bold run '" + run + "'");
        boldAmount |= bold;
      }
      assertTrue(boldAmount, "the amount is bold");
      assertEquals(80 * 256, facts.getColumnWidth(9), "the sentence column");
      // The neutralised formula is the longest company: its length + 2 characters wide.
      assertEquals(("'=cmd|' /C calc'!A0".length() + 2) * 256, facts.getColumnWidth(2));
      assertEquals(14 * 256, facts.getColumnWidth(1), "a number column");
    }
  }

  @Test
  void aSheetLongerThanTheStreamingWindowKeepsEveryRowAndLinksIntoIt() throws IOException {
    List<Fact> many = new ArrayList<>();
    for (int i = 0; i < 1200; i++) {
      many.add(fact("Company " + i, "revenue", "2023", String.valueOf(1_000_000L + i), "USD", "doc" + i + ".md", 3));
    }
    Analysis a = MetricCalculator.compute(many);
    try (XSSFWorkbook wb = open(WorkbookWriter.render(a))) {
      XSSFSheet facts = wb.getSheet("Facts");
      assertEquals(1200, facts.getLastRowNum());
      XSSFSheet s = wb.getSheet("Comparison");
      assertEquals(1200, s.getLastRowNum());
      for (int r = 1; r <= s.getLastRowNum(); r++) {
        XSSFRow row = s.getRow(r);
        String address = row.getCell(column(s, "Revenue (USD m)")).getHyperlink().getAddress();
        XSSFRow target = facts.getRow(Integer.parseInt(address.substring("'Facts'!J".length())) - 1);
        assertEquals(row.getCell(0).getStringCellValue(), target.getCell(2).getStringCellValue(), address);
      }
    }
  }

  @Test
  void factsBeyondASheetsRowsAreLeftToTheCsvAndTheKeySaysSo() throws IOException {
    List<Fact> many = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      many.add(fact("Company " + i, "revenue", "2023", String.valueOf(1_000_000L + i), "USD", "doc" + (100 + i) + ".md", 3));
    }
    Analysis a = MetricCalculator.compute(many);
    try (XSSFWorkbook wb = open(WorkbookWriter.render(a, 21))) {
      XSSFSheet facts = wb.getSheet("Facts");
      assertEquals(20, facts.getLastRowNum(), "a header and 20 facts");
      assertEquals(a.facts().get(19).source().documentId(), facts.getRow(20).getCell(0).getStringCellValue());
      XSSFSheet comparison = wb.getSheet("Comparison");
      assertEquals(20, comparison.getLastRowNum());
      StringBuilder key = new StringBuilder();
      for (org.apache.poi.ss.usermodel.Row row : wb.getSheet("Key")) {
        for (org.apache.poi.ss.usermodel.Cell c : row) {
          if (c.getCellType() == CellType.STRING) {
            key.append(c.getStringCellValue()).append('\n');
          }
        }
      }
      assertTrue(key.toString().contains("The Facts sheet holds the first 20 of 30 facts, as many as a sheet can; facts.csv has them all."), key.toString());
      assertTrue(key.toString().contains("The Comparison sheet holds the first 20 of 30 lines"), key.toString());
    }
  }
}
