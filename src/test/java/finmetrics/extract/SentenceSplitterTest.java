package finmetrics.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import finmetrics.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence boundaries: real ends split; abbreviations, decimals and tokenised figures do not. */
class SentenceSplitterTest {

  private static List<String> split(String text) {
    return SentenceSplitter.split(text, 0).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void splitsAtSentenceEndsBeforeACapitalOrADigit() {
    assertEquals(List.of("Revenue rose.", "Costs fell!", "2015 was good."), split("Revenue rose. Costs fell! 2015 was good."));
  }

  @Test
  void doesNotSplitAfterAbbreviationsOrInsideNumbers() {
    assertEquals(List.of("Acme Inc. and Fortuna Pvt. Ltd. sold $1.5 million in the U.S. in 2009."),
        split("Acme Inc. and Fortuna Pvt. Ltd. sold $1.5 million in the U.S. in 2009."));
    assertEquals(List.of("EPS was EUR1 .37 in 2009 ."), split("EPS was EUR1 .37 in 2009 ."));
    assertEquals(List.of("Sales were Rs. 412.6 millions in 2020."), split("Sales were Rs. 412.6 millions in 2020."));
    assertEquals(List.of("Group EBIT (adj.) 2 rose to NOK 410 million, and EBITDA excl. 2 items was flat."),
        split("Group EBIT (adj.) 2 rose to NOK 410 million, and EBITDA excl. 2 items was flat."));
  }

  @Test
  void aLineEndingInABracketBeforeACapitalisedWordEndsAHeadline() {
    assertEquals(List.of("EBIT up 12% to £410m (H1 2020: £366m)", "Net profit up 8% to £300m"),
        split("EBIT up 12% to £410m (H1 2020: £366m)\nNet profit up 8% to £300m"));
    // A wrapped line inside a sentence stays in it: no bracket, or a lower-case word after it.
    assertEquals(List.of("Sales rose to EUR\n149.0 million (EUR 147.1 million), and\nprofit fell."),
        split("Sales rose to EUR\n149.0 million (EUR 147.1 million), and\nprofit fell."));
    assertEquals(List.of("Sales were EUR 8.8 million (EUR\n14.9 million)\nrepresenting 5.9% of net sales."),
        split("Sales were EUR 8.8 million (EUR\n14.9 million)\nrepresenting 5.9% of net sales."));
  }

  @Test
  void tokenisedSentenceEndsStillSplit() {
    assertEquals(List.of("Sales were EUR 5 mn .", "Profit was EUR 1 mn ."), split("Sales were EUR 5 mn . Profit was EUR 1 mn ."));
  }

  @Test
  void spansAreDocumentOffsets() {
    assertEquals(List.of(new Span(100, 105), new Span(106, 111)), SentenceSplitter.split("Semi. Colon", 100));
  }

  @Test
  void anOverlongSentenceIsCutAtItsClausesIntoPiecesOfBoundedLength() {
    String clause = "segment revenue was EUR 1.2 mn in 2020; ";
    String text = clause.repeat(200);
    List<String> pieces = split(text);
    assertTrue(pieces.size() > 1);
    for (String piece : pieces) {
      assertTrue(piece.length() <= SentenceSplitter.MAX_SENTENCE, piece.length() + " characters");
      assertTrue(piece.endsWith(";"), "cut at a clause end: " + piece.substring(piece.length() - 10));
    }
    assertEquals(text.strip(), String.join(" ", pieces));
  }

  @Test
  void anOverlongWordIsCutAtTheLimit() {
    String text = "x".repeat(2_500);
    assertEquals(List.of(1_000, 1_000, 500), split(text).stream().map(String::length).toList());
  }

  @Test
  void aSentenceUpToTheLimitIsKeptWhole() {
    String text = "Revenue was $1 million, " + "y".repeat(SentenceSplitter.MAX_SENTENCE - 30) + ".";
    assertEquals(1, split(text).size());
  }
}
