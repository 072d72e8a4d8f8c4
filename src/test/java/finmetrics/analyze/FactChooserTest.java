package finmetrics.analyze;

import static finmetrics.TestFacts.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import finmetrics.model.Fact;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactChooserTest {
  @Test
  void exactBeatsApproxBeatsBoundsWhateverTheDocumentOrder() {
    Fact bound = fact("A", "revenue", "2015", "90", "USD", "more_than", "a.md", 1);
    Fact approx = fact("A", "revenue", "2015", "100", "USD", "approx", "b.md", 1);
    Fact exact = fact("A", "revenue", "2015", "101", "USD", "c.md", 1);
    FactChooser.Choice choice = FactChooser.choose(List.of(bound, approx, exact));
    assertEquals(List.of(exact), choice.chosen());
    assertEquals(List.of(approx), choice.conflicts().get(0).others(), "the bound agrees with 101");
  }

  @Test
  void theEarlierDocumentThenTheEarlierPositionWinsAmongEquals() {
    Fact later = fact("A", "revenue", "2015", "100", "USD", "b.md", 1);
    Fact laterLine = fact("A", "revenue", "2015", "120", "USD", "a.md", 9);
    Fact first = fact("A", "revenue", "2015", "110", "USD", "a.md", 2);
    FactChooser.Choice choice = FactChooser.choose(List.of(later, laterLine, first));
    assertEquals(List.of(first), choice.chosen());
    assertEquals(List.of(laterLine, later), choice.conflicts().get(0).others());
  }

  @Test
  void identicalValuesFromTwoDocumentsAreNotAConflict() {
    FactChooser.Choice choice = FactChooser.choose(List.of(
        fact("A", "revenue", "2015", "100.0", "USD", "a.md", 1),
        fact("A", "revenue", "2015", "100", "USD", "b.md", 1)));
    assertTrue(choice.conflicts().isEmpty());
    assertEquals(1, choice.chosen().size());
  }

  @Test
  void differentCurrenciesAreDifferentFiguresNotAConflict() {
    FactChooser.Choice choice = FactChooser.choose(List.of(
        fact("A", "revenue", "2015", "100", "USD", "a.md", 1),
        fact("A", "revenue", "2015", "90", "EUR", "b.md", 1)));
    assertTrue(choice.conflicts().isEmpty());
    assertEquals(2, choice.chosen().size());
  }

  @Test
  void aValueOutsideABoundIsAConflict() {
    FactChooser.Choice choice = FactChooser.choose(List.of(
        fact("A", "revenue", "2015", "400", "USD", "a.md", 1),
        fact("A", "revenue", "2015", "440", "USD", "more_than", "b.md", 1)));
    assertEquals(1, choice.conflicts().size());
    String message = choice.conflicts().get(0).diagnostic().message();
    assertTrue(message.contains("400 USD (a.md:1)") && message.contains("more_than 440 USD (b.md:1)"), message);
  }
}
