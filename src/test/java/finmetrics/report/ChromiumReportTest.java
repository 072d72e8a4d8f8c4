package finmetrics.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import finmetrics.ExternalProgram;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens report.html in headless Chromium at 1440 and 400 px, prints it to PDF, and reads the PDF
 * back with pdftotext: every column heading and every company must be in the print. The page
 * can request nothing: its Content-Security-Policy allows only inline styles and data: images,
 * and it names no http(s) address. Skipped without chromium or pdftotext.
 */
class ChromiumReportTest {
  @TempDir Path tmp;

  @Test
  void theReportPrintsEveryColumnAndCompanyAndLoadsNothing() throws Exception {
    String chromium = ExternalProgram.require("chromium", "chromium", "chromium-browser");
    String pdftotext = ExternalProgram.require("poppler-utils", "pdftotext");
    Path out = tmp.resolve("out");
    ReportWriter.writeAll(out, ReportWriterTest.facts(), new ReportOptions(EnumSet.of(ChartFormat.PNG),
        List.of("a-press.md", "b-profile.md", "c-annual.md")));
    Path html = out.resolve("report.html");
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(page.contains("content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\""), "CSP");
    assertFalse(Pattern.compile("(src|href)\\s*=\\s*\"(https?:)?//").matcher(page).find(), "nothing to load");

    for (int width : new int[] {1440, 400}) {
      Path pdf = tmp.resolve("report-" + width + ".pdf");
      Path png = tmp.resolve("report-" + width + ".png");
      List<String> flags = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
          "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
          "--disable-sync", "--user-data-dir=" + tmp.resolve("profile-" + width), "--window-size=" + width + ",900"));
      List<String> shot = new ArrayList<>(flags);
      shot.addAll(List.of("--screenshot=" + png, html.toUri().toString()));
      ExternalProgram.run(tmp, shot, 120);
      assertTrue(Files.size(png) > 1000, "a screenshot at " + width + " px");
      List<String> print = new ArrayList<>(flags);
      print.addAll(List.of("--no-pdf-header-footer", "--print-to-pdf=" + pdf, html.toUri().toString()));
      ExternalProgram.run(tmp, print, 120);
      ExternalProgram.run(tmp, List.of(pdftotext, pdf.toString(), tmp.resolve("text-" + width + ".txt").toString()), 60);
      String text = Files.readString(tmp.resolve("text-" + width + ".txt"), StandardCharsets.UTF_8);
      // A wrapped heading's lines interleave with its neighbours' in the text: each word must be there.
      for (String heading : List.of("Company", "Year", "Currency", "Revenue", "Revenue growth %", "Cost of revenue",
          "Gross profit", "Gross margin %", "Operating income", "Operating margin %", "Net income", "Net margin %",
          "Total costs", "S&M % of revenue", "G&A % of revenue", "R&D % of revenue")) {
        for (String word : heading.split(" ")) {
          assertTrue(text.contains(word), width + " px: the print lacks the column " + heading);
        }
      }
      assertTrue(text.contains("S&M") && text.contains("G&A") && text.contains("R&D"), "the last columns print");
      text = text.replaceAll("\\s+", "");
      for (String company : List.of("AcmeCloud", "Delta<Oyj>|\"quoted\"", "InterSystems")) {
        assertTrue(text.contains(company), width + " px: the print lacks " + company);
      }
    }
  }
}
