package finmetrics.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import finmetrics.ingest.Block;
import finmetrics.ingest.Document;
import finmetrics.model.Fact;
import finmetrics.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A one-line block naming a reporting period dates the paragraphs after it. */
class LeadLineTest {

  /** The facts of paragraphs given as separate blocks, as the reader makes them from blank lines. */
  private static List<String> facts(String... paragraphs) {
    String text = String.join("\n\n", paragraphs);
    List<Block> blocks = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < paragraphs.length; i++) {
      blocks.add(new Block("", new Span(start, start + paragraphs[i].length()), 1 + 2 * i, paragraphs[i]));
      start += paragraphs[i].length() + 2;
    }
    List<String> found = new ArrayList<>();
    for (Fact f : FactExtractor.extract(new Document("lead.md", "Case", text, blocks)).facts()) {
      found.add(LinkerCorpusTest.describe(f));
    }
    return found;
  }

  @Test
  void aLeadLineDatesTheParagraphsAfterIt() {
    assertEquals(List.of("revenue 2019-H1 41200000 GBP exact", "operating_income 2019-H1 5300000 GBP exact"),
        facts("Half-year report for the six months ended 30 June 2019", "Group revenue was £41.2m.", "Operating profit was £5.3m."));
  }

  @Test
  void aParagraphWithItsOwnPeriodKeepsIt() {
    assertEquals(List.of("revenue 2018 39000000 GBP exact"),
        facts("Results for the first half of 2019", "Revenue in 2018 was £39.0m."));
  }

  @Test
  void aBareYearIsNoLead() {
    assertEquals(List.of("revenue - 7400000 USD exact"), facts("Founded in 2008 in Leeds", "Revenue was $7.4 million."));
  }

  @Test
  void aParagraphOfProseIsNoLead() {
    assertEquals(List.of("revenue - 7400000 USD exact"),
        facts("The board met several times during the first half of 2019 to review the plan, the pipeline and the refinancing of the group.",
            "Revenue was $7.4 million."));
  }

  @Test
  void aFigureEndingALineIsNotLabelledByTheCueOfTheNextLine() {
    // The headline lines of a release: the period and cue on the next line are that line's.
    assertEquals(List.of("revenue H1 1730000000 GBP exact"), facts("First Half Pre-tax Profit £205M\nFirst Half Revenue £1.73B"));
  }
}
