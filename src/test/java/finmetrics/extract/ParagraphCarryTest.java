package finmetrics.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import finmetrics.ingest.Block;
import finmetrics.ingest.Document;
import finmetrics.model.Fact;
import finmetrics.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * News written a sentence to a paragraph: a paragraph whose current figure has no period of its own
 * takes the period of the paragraph before it in the same section, when that one ended on a figure.
 */
class ParagraphCarryTest {

  /** Paragraphs as separate blocks, each with its section. */
  private static List<String> facts(String[][] sectionsAndParagraphs) {
    StringBuilder text = new StringBuilder();
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < sectionsAndParagraphs.length; i++) {
      String paragraph = sectionsAndParagraphs[i][1];
      if (i > 0) {
        text.append("\n\n");
      }
      int start = text.length();
      text.append(paragraph);
      blocks.add(new Block(sectionsAndParagraphs[i][0], new Span(start, start + paragraph.length()), 1 + 2 * i, paragraph));
    }
    List<String> found = new ArrayList<>();
    for (Fact f : FactExtractor.extract(new Document("carry.md", "Case", text.toString(), blocks)).facts()) {
      found.add(LinkerCorpusTest.describe(f));
    }
    return found;
  }

  @Test
  void theNextParagraphOfTheSameSectionGoesOnInTheSamePeriod() {
    assertEquals(List.of("revenue 2018 52100000000 INR exact", "net_income 2017 5900000000 INR exact", "net_income 2018 6200000000 INR exact"),
        facts(new String[][] {
            {"Results", "The group's revenue for 2017-18 was Rs 52.1 billion."},
            {"Results", "Net profit rose 5 per cent to Rs 6.2 billion, from Rs 5.9 billion in 2016-17."}}));
  }

  @Test
  void anotherSectionStartsAfresh() {
    assertEquals(List.of("revenue 2018 52100000000 INR exact", "net_income - 6200000000 INR exact", "net_income 2017 5900000000 INR exact"),
        facts(new String[][] {
            {"Results", "The group's revenue for 2017-18 was Rs 52.1 billion."},
            {"Outlook and history", "Net profit rose 5 per cent to Rs 6.2 billion, from Rs 5.9 billion in 2016-17."}}));
  }

  @Test
  void aParagraphThatEndedOnNoFigureCarriesNothing() {
    assertEquals(List.of("revenue 2018 52100000000 INR exact", "net_income - 6200000000 INR exact"),
        facts(new String[][] {
            {"Results", "The group's revenue for 2017-18 was Rs 52.1 billion. The board thanked its 4,000 staff."},
            {"Results", "Net profit was Rs 6.2 billion."}}));
  }
}
