package finmetrics.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Companies named by the first sentence of a plain-text release, and sentences that name none. */
class FirstSentenceCompanyTest {
  @Test
  void aNameEndingInALegalFormIsTheCompany() {
    assertEquals("Kallio Robotics Oyj", FirstSentenceCompany.of("Kallio Robotics Oyj reported net sales of EUR 5 million."));
    assertEquals("Brask Foundry AB", FirstSentenceCompany.of("Brask Foundry AB (publ) posted a loss."));
    assertEquals("Orrin Labs Inc.", FirstSentenceCompany.of("Orrin Labs Inc. , the maker of scales, grew 4 %."));
  }

  @Test
  void aNameBeforeAReportingVerbIsTheCompany() {
    assertEquals("Vesterholm Shipping", FirstSentenceCompany.of("Vesterholm Shipping said revenue rose to $3 million."));
  }

  @Test
  void aDatelineBeforeTheNameIsPassedOver() {
    assertEquals("Nordvik ASA", FirstSentenceCompany.of("OSLO, March 3 - Nordvik ASA said its turnover fell."));
  }

  @Test
  void ordinarySentenceOpenersNameNoCompany() {
    assertNull(FirstSentenceCompany.of("The company reported net sales of EUR 5 million."));
    assertNull(FirstSentenceCompany.of("Net sales rose 5 % in the quarter."));
    assertNull(FirstSentenceCompany.of("revenue was flat."));
    assertNull(FirstSentenceCompany.of("In 2020 sales grew."));
  }
}
