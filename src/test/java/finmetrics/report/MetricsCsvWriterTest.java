package finmetrics.report;

import static finmetrics.TestFacts.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import finmetrics.analyze.MetricCalculator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsCsvWriterTest {
  private static String render() {
    return new String(MetricsCsvWriter.render(MetricCalculator.compute(List.of(
        fact("=Evil Corp", "revenue", "2015", "100", "USD", "a.md", 1),
        fact("=Evil Corp", "net_income", "2015", "-12.5", "USD", "b.md", 2))).rows()), StandardCharsets.UTF_8);
  }

  @Test
  void headerIsTheContractAndLinesEndWithCrlf() {
    String csv = render();
    assertTrue(csv.startsWith("company,period,metric,value,unit,qualifier,basis,sources\r\n"), csv);
    assertEquals(4, csv.split("\r\n").length, csv);
    assertTrue(csv.endsWith("\r\n"));
  }

  @Test
  void negativeNumbersStayNumericWhileFormulaTextIsNeutralised() {
    String csv = render();
    assertTrue(csv.contains("'=Evil Corp,2015,net_income,-12.5,USD,exact,stated,b.md:2\r\n"), csv);
    assertTrue(csv.contains("'=Evil Corp,2015,net_margin,-12.5,%,exact,net_income / revenue,b.md:2;a.md:1\r\n"), csv);
  }

  @Test
  void sourcesListEachPlaceOnceInBasisOrder() {
    assertEquals("b.md:2;a.md:1", MetricsCsvWriter.sources(List.of(
        fact("X", "net_income", "2015", "1", "USD", "b.md", 2),
        fact("X", "revenue", "2015", "2", "USD", "a.md", 1),
        fact("X", "net_income", "2015", "1", "USD", "b.md", 2))));
  }
}
