package finmetrics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import finmetrics.ExternalProgram;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Opens the workbook and the report's CSVs in headless LibreOffice (converted to flat OpenDocument
 * XML, which records each cell's type) and checks what a user would see: numbers are numbers,
 * text is text, non-ASCII text survives, and no cell is a formula. Skipped without soffice.
 */
class LibreOfficeRoundTripTest {
  private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

  @TempDir Path tmp;

  /** One cell as LibreOffice read it: its type ("float", "percentage", "string"), value and text. */
  record Cell(String type, String value, String text, boolean formula) {}

  @Test
  void libreOfficeReadsTheWorkbookAndCsvsWithTypesAndTextIntact() throws Exception {
    String soffice = ExternalProgram.require("libreoffice-calc-nogui", "soffice", "libreoffice");
    Path out = tmp.resolve("out");
    ReportWriter.writeAll(out, WorkbookWriterTest.facts(), new ReportOptions(Set.of(), List.of("cafe.md")));
    Path converted = tmp.resolve("converted");
    ExternalProgram.run(tmp, List.of(soffice, "-env:UserInstallation=" + tmp.resolve("profile").toUri(),
        "--headless", "--convert-to", "fods", "--outdir", converted.toString(),
        out.resolve("finmetrics.xlsx").toString()), 180);
    // LibreOffice 7.4 converting headless ignores the byte-order mark (its import dialog is what
    // reads it), so the CSVs are opened as UTF-8 the way the dialog would: the mark must then
    // vanish rather than show up in the first header cell.
    ExternalProgram.run(tmp, List.of(soffice, "-env:UserInstallation=" + tmp.resolve("profile").toUri(),
        "--headless", "--infilter=Text - txt - csv (StarCalc):44,34,76,1", "--convert-to", "fods",
        "--outdir", converted.toString(), out.resolve("comparison.csv").toString(),
        out.resolve("facts.csv").toString()), 180);

    Map<String, List<List<Cell>>> workbook = sheets(converted.resolve("finmetrics.fods"));
    assertEquals(List.of("Comparison", "Metrics", "Facts", "Key"), List.copyOf(workbook.keySet()));
    List<List<Cell>> comparison = workbook.get("Comparison");
    List<String> header = comparison.get(0).stream().map(Cell::text).toList();
    List<Cell> cafe = rowOf(comparison, "Café Müller", "2023");
    Cell revenue = cafe.get(header.indexOf("Revenue (EUR bn)"));
    assertEquals("float", revenue.type());
    assertEquals(13.25, Double.parseDouble(revenue.value()), 1e-9);
    Cell growth = cafe.get(header.indexOf("Revenue growth (%)"));
    assertEquals("percentage", growth.type(), "a percentage, not a number 100 times too big");
    assertEquals(0.12958, Double.parseDouble(growth.value()), 1e-9);
    assertEquals("string", cafe.get(0).type());
    assertEquals("float", cafe.get(header.indexOf("Year")).type());
    assertEquals("float", cafe.get(header.indexOf("Net income (EUR m)")).type(), "an approximate loss is a number");
    assertEquals(-532.0, Double.parseDouble(cafe.get(header.indexOf("Net income (EUR m)")).value()), 1e-9);
    assertTrue(rowOf(workbook.get("Facts"), "cafe.md", "3").stream().anyMatch(c -> c.text().contains("Café Müller reported")),
        "the sentence survives");
    assertNoFormula(workbook);

    Map<String, List<List<Cell>>> csv = sheets(converted.resolve("comparison.fods"));
    List<List<Cell>> rows = csv.values().iterator().next();
    List<String> csvHeader = rows.get(0).stream().map(Cell::text).toList();
    assertEquals("company", csvHeader.get(0), "the byte-order mark is no part of the first cell");
    List<Cell> cafeCsv = rowOf(rows, "Café Müller", "2023");
    assertEquals("float", cafeCsv.get(csvHeader.indexOf("revenue")).type());
    assertEquals(13250000000.0, Double.parseDouble(cafeCsv.get(csvHeader.indexOf("revenue")).value()));
    assertEquals("float", cafeCsv.get(csvHeader.indexOf("net_income")).type(), "-532000000 stays a number");
    assertEquals("string", cafeCsv.get(csvHeader.indexOf("company")).type());
    assertNoFormula(csv);
    Map<String, List<List<Cell>>> facts = sheets(converted.resolve("facts.fods"));
    assertTrue(facts.values().iterator().next().stream().flatMap(List::stream)
        .anyMatch(c -> c.text().contains("=cmd")), "the hostile company is there, as text");
    assertNoFormula(facts);
  }

  private static void assertNoFormula(Map<String, List<List<Cell>>> sheets) {
    for (Map.Entry<String, List<List<Cell>>> s : sheets.entrySet()) {
      for (List<Cell> row : s.getValue()) {
        for (Cell c : row) {
          assertFalse(c.formula(), s.getKey() + ": a formula cell " + c);
        }
      }
    }
  }

  private static List<Cell> rowOf(List<List<Cell>> rows, String first, String second) {
    return rows.stream()
        .filter(r -> r.size() > 1 && r.get(0).text().equals(first) && r.get(1).text().equals(second))
        .findFirst().orElseThrow(() -> new AssertionError("no row starting " + first + ", " + second));
  }

  /** The cell's own text: its paragraphs, not the comment (an annotation) attached to it. */
  private static String paragraphs(Element cell) {
    List<String> lines = new ArrayList<>();
    for (org.w3c.dom.Node n = cell.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && "p".equals(e.getLocalName())) {
        lines.add(e.getTextContent());
      }
    }
    return String.join("\n", lines);
  }

  /** Sheet name → rows → cells, with repeated cells expanded (LibreOffice folds empty runs). */
  private static Map<String, List<List<Cell>>> sheets(Path fods) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(fods.toFile());
    Map<String, List<List<Cell>>> sheets = new LinkedHashMap<>();
    NodeList tables = doc.getElementsByTagNameNS(TABLE, "table");
    for (int t = 0; t < tables.getLength(); t++) {
      Element table = (Element) tables.item(t);
      List<List<Cell>> rows = new ArrayList<>();
      NodeList rowNodes = table.getElementsByTagNameNS(TABLE, "table-row");
      for (int r = 0; r < rowNodes.getLength() && r < 10_000; r++) {
        List<Cell> cells = new ArrayList<>();
        NodeList cellNodes = ((Element) rowNodes.item(r)).getElementsByTagNameNS(TABLE, "table-cell");
        for (int c = 0; c < cellNodes.getLength(); c++) {
          Element cell = (Element) cellNodes.item(c);
          String repeat = cell.getAttributeNS(TABLE, "number-columns-repeated");
          int times = repeat.isEmpty() ? 1 : Math.min(Integer.parseInt(repeat), 64);
          Cell value = new Cell(cell.getAttributeNS(OFFICE, "value-type"), cell.getAttributeNS(OFFICE, "value"),
              paragraphs(cell), cell.hasAttributeNS(TABLE, "formula"));
          for (int i = 0; i < times; i++) {
            cells.add(value);
          }
        }
        rows.add(cells);
      }
      sheets.put(table.getAttributeNS(TABLE, "name"), rows);
    }
    return sheets;
  }
}
