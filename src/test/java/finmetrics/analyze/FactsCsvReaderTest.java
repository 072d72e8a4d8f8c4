package finmetrics.analyze;

import static finmetrics.TestFacts.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import finmetrics.model.Fact;
import finmetrics.model.Qualifier;
import finmetrics.report.FactsCsvWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactsCsvReaderTest {
  @Test
  void readsBackWhatTheWriterWroteIncludingNeutralisedText() {
    Fact cagr = fact("+Plus Co", "revenue_cagr", "2010-2015", "24", "%", "approx", "p.md", 3);
    List<Fact> back = FactsCsvReader.parse(new String(FactsCsvWriter.render(List.of(cagr)), StandardCharsets.UTF_8));
    Fact f = back.get(0);
    assertEquals("+Plus Co", f.company());
    assertEquals("2010-2015", f.period().toString());
    assertEquals(new BigDecimal("24"), f.value());
    assertEquals(Qualifier.APPROX, f.qualifier());
    assertEquals(cagr.source().evidence(), f.source().evidence());
    assertEquals(cagr.source().amount(), f.source().amount());
  }

  @Test
  void aBadRecordIsReportedWithItsLine() {
    String csv = "document,company,metric,period,value,unit,qualifier,section,line,start,end,evidence,rule\n"
        + "a.md,A,revenue,2015,12x,USD,exact,,1,0,3,s,r\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FactsCsvReader.parse(csv));
    assertTrue(e.getMessage().startsWith("facts.csv:2: "), e.getMessage());
  }
}
