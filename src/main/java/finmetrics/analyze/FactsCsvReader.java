package finmetrics.analyze;

import finmetrics.model.Fact;
import finmetrics.model.Metric;
import finmetrics.model.Period;
import finmetrics.model.Provenance;
import finmetrics.model.Qualifier;
import finmetrics.model.Span;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads facts.csv (as written by the report stage) back into facts, so the analysis can be rerun
 * or tested without the extractor.
 *
 * <p>facts.csv does not store the sentence span or the matched text: the sentence span is taken
 * to be the amount span and the matched text is left empty.
 */
public final class FactsCsvReader {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

  private FactsCsvReader() {}

  /** Parses the CSV text; throws IllegalArgumentException naming the line of a bad record. */
  public static List<Fact> parse(String csv) {
    List<Fact> facts = new ArrayList<>();
    // The report writes facts.csv with a byte-order mark for spreadsheets; extract writes none.
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    try (var parser = FORMAT.parse(new StringReader(text))) {
      for (CSVRecord r : parser) {
        try {
          facts.add(fact(r));
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(
              "facts.csv:" + r.getParser().getCurrentLineNumber() + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return facts;
  }

  private static Fact fact(CSVRecord r) {
    Span amount = new Span(Integer.parseInt(r.get("start")), Integer.parseInt(r.get("end")));
    Provenance p = new Provenance(text(r, "document"), text(r, "section"), amount, amount,
        Integer.parseInt(r.get("line")), text(r, "rule"), "", text(r, "evidence"));
    return new Fact(text(r, "company"), Metric.parse(r.get("metric")), Period.parse(r.get("period")),
        new BigDecimal(r.get("value")), text(r, "unit"), Qualifier.parse(r.get("qualifier")), p);
  }

  /** Undoes the spreadsheet neutralisation: "'=x" was written for "=x". */
  private static String text(CSVRecord r, String column) {
    String s = r.get(column);
    if (s.length() > 1 && s.charAt(0) == '\'' && "=+-@\t\r".indexOf(s.charAt(1)) >= 0) {
      return s.substring(1);
    }
    return s;
  }
}
