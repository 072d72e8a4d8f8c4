package finmetrics.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import finmetrics.ingest.Document;
import finmetrics.ingest.ProfileReader;
import finmetrics.model.Fact;
import finmetrics.model.LexiconExtension;
import finmetrics.model.Metric;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A user's own words read as amounts, however the lexicon file spaced them. */
class ExtensionAmountsTest {
  private static List<Fact> extract(LexiconExtension words, String text) {
    Document document = ProfileReader.readBytes(text.getBytes(StandardCharsets.UTF_8), "t.txt", "t.txt", new ArrayList<>()).orElseThrow();
    Extraction extraction = FactExtractor.extract(document, ExtensionAmounts.of(words));
    assertTrue(extraction.diagnostics().isEmpty(), extraction.diagnostics().toString());
    return extraction.facts();
  }

  @Test
  void wordsWithSeveralSpacesInTheLexiconAreReadLikeSingleSpaced() {
    LexiconExtension words = new LexiconExtension(
        Map.of(), Map.of("space  bucks", "XSB"), Map.of("thousand  million", new BigDecimal("1000000000")), Map.of());
    List<Fact> facts = extract(words, "Revenue was 4.5 thousand   million space bucks in 2020.\n");
    assertEquals(1, facts.size(), facts.toString());
    assertEquals(Metric.REVENUE, facts.get(0).metric());
    assertEquals(0, new BigDecimal("4500000000").compareTo(facts.get(0).value()));
    assertEquals("XSB", facts.get(0).unit());
  }

  @Test
  void withoutTheLexiconTheUserWordsGiveNothing() {
    assertTrue(extract(LexiconExtension.NONE, "Revenue was 4.5 thousand million space bucks in 2020.\n").stream()
        .noneMatch(f -> f.unit().equals("XSB")));
  }
}
