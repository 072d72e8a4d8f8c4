package finmetrics.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import finmetrics.TestFacts;
import finmetrics.analyze.Analysis;
import finmetrics.analyze.MetricCalculator;
import finmetrics.model.Fact;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;

class DeckWriterTest {
  private static List<Fact> manyCompanies(int n) {
    List<Fact> facts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String c = String.format("Company %02d", i);
      facts.add(TestFacts.fact(c, "revenue", "2022", String.valueOf(1_000_000_000L + i), "USD", c + ".md", 1));
      facts.add(TestFacts.fact(c, "revenue", "2023", String.valueOf(1_200_000_000L + i), "USD", c + ".md", 2));
    }
    return facts;
  }

  private static String notes(XMLSlideShow ppt, XSLFSlide slide) {
    StringBuilder s = new StringBuilder();
    for (XSLFShape shape : ppt.getNotesSlide(slide).getShapes()) {
      if (shape instanceof XSLFTextShape t) {
        s.append(t.getText());
      }
    }
    return s.toString();
  }

  @Test
  void aWidescreenDeckWithTitleChartsTableSplitOverSlidesAndSourcesInTheNotes() throws IOException {
    Analysis a = MetricCalculator.compute(manyCompanies(15));
    List<String> docs = a.facts().stream().map(f -> f.source().documentId()).distinct().sorted().toList();
    List<ChartWriter.Chart> charts = ChartWriter.render(a, docs, EnumSet.of(ChartFormat.PNG));
    byte[] bytes = DeckWriter.render(a, docs, charts);
    try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(bytes))) {
      assertEquals(16.0 / 9, ppt.getPageSize().getWidth() / ppt.getPageSize().getHeight(), 0.01);
      List<XSLFSlide> slides = ppt.getSlides();
      // 30 company-years at 12 rows a slide: three table slides.
      assertEquals(1 + charts.size() + 3, slides.size());
      assertTrue(notes(ppt, slides.get(0)).contains("Company 00.md"));
      for (int i = 1; i <= charts.size(); i++) {
        XSLFSlide s = slides.get(i);
        assertTrue(s.getShapes().stream().anyMatch(sh -> sh instanceof XSLFPictureShape), "chart slide " + i);
        String n = notes(ppt, s);
        assertTrue(n.contains("Sources: ") && n.contains("Company 14.md") && !n.contains("Company 00.md"), n); // the ten largest only
      }
      int rows = 0;
      for (XSLFSlide s : slides.subList(1 + charts.size(), slides.size())) {
        XSLFTable t = (XSLFTable) s.getShapes().stream().filter(sh -> sh instanceof XSLFTable).findFirst().orElseThrow();
        assertTrue(t.getNumberOfRows() - 1 <= DeckWriter.ROWS_PER_TABLE_SLIDE);
        rows += t.getNumberOfRows() - 1;
        assertEquals("Company", t.getCell(0, 0).getText());
        assertTrue(notes(ppt, s).contains("Sources of the figures on this slide: Company"), notes(ppt, s));
      }
      assertEquals(30, rows, "every comparison line is on a slide");
    }
    assertArrayEquals(bytes, DeckWriter.render(MetricCalculator.compute(manyCompanies(15)), docs, charts),
        "two runs, the same bytes");
  }
}
