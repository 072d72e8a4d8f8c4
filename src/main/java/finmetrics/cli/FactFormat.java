package finmetrics.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import finmetrics.model.Fact;
import finmetrics.model.Provenance;
import finmetrics.report.FactsCsvWriter;
import finmetrics.report.SpreadsheetCsv;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The formats {@code extract} writes facts in; each writes one document's facts at a time. */
enum FactFormat {
  CSV("facts.csv"),
  JSON("facts.json"),
  JSONL("facts.jsonl");

  final String fileName;

  FactFormat(String fileName) {
    this.fileName = fileName;
  }

  /** Writes facts as they come; {@link #finish} closes the format (not the writer). */
  interface Writing {
    void write(List<Fact> facts) throws IOException;

    void finish() throws IOException;
  }

  Writing open(Writer out) throws IOException {
    switch (this) {
      case CSV:
        return new CsvWriting(out);
      case JSON:
        return new JsonWriting(out, true);
      default:
        return new JsonWriting(out, false);
    }
  }

  /** The same bytes as facts.csv of the whole run: the header once, then each document's rows. */
  private static final class CsvWriting implements Writing {
    private static final String HEADER = new String(FactsCsvWriter.render(List.of()), StandardCharsets.UTF_8);
    private final Writer out;
    private boolean headerWritten;

    CsvWriting(Writer out) {
      this.out = out;
    }

    @Override
    public void write(List<Fact> facts) throws IOException {
      header();
      if (!facts.isEmpty()) {
        out.write(new String(FactsCsvWriter.render(facts), StandardCharsets.UTF_8).substring(HEADER.length()));
      }
      out.flush();
    }

    @Override
    public void finish() throws IOException {
      header();
      out.flush();
    }

    private void header() throws IOException {
      if (!headerWritten) {
        out.write(HEADER);
        headerWritten = true;
      }
    }
  }

  /**
   * JSON: one array of fact objects, two-space indented; JSON Lines: one compact object a line.
   * The fields are the CSV's columns; a fact without a period has {@code "period": null}.
   */
  private static final class JsonWriting implements Writing {
    private static final JsonFactory FACTORY =
        JsonFactory.builder()
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private final JsonGenerator json;
    private final Writer out;
    private final boolean array;

    JsonWriting(Writer out, boolean array) throws IOException {
      this.out = out;
      this.array = array;
      this.json = FACTORY.createGenerator(out);
      if (array) {
        DefaultIndenter newline = new DefaultIndenter("  ", "\n");
        json.setPrettyPrinter(
            new DefaultPrettyPrinter()
                .withArrayIndenter(newline)
                .withObjectIndenter(newline)
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
        json.writeStartArray();
      } else {
        // Objects are separated by the newline written after each, not by Jackson's root separator.
        json.setPrettyPrinter(new com.fasterxml.jackson.core.util.MinimalPrettyPrinter(""));
      }
    }

    @Override
    public void write(List<Fact> facts) throws IOException {
      for (Fact f : facts) {
        object(f);
        if (!array) {
          json.flush();
          out.write('\n');
        }
      }
      json.flush();
    }

    private void object(Fact f) throws IOException {
      Provenance p = f.source();
      json.writeStartObject();
      json.writeStringField("document", p.documentId());
      json.writeStringField("company", f.company());
      json.writeStringField("metric", f.metric().id());
      String period = f.period().toString();
      if (period.isEmpty()) {
        json.writeNullField("period");
      } else {
        json.writeStringField("period", period);
      }
      json.writeFieldName("value");
      json.writeNumber(new BigDecimal(SpreadsheetCsv.plain(f.value())));
      json.writeStringField("unit", f.unit());
      json.writeStringField("qualifier", f.qualifier().label());
      json.writeStringField("section", p.sectionPath());
      json.writeNumberField("line", p.line());
      json.writeNumberField("start", p.amount().start());
      json.writeNumberField("end", p.amount().end());
      json.writeStringField("evidence", p.evidence());
      json.writeStringField("rule", p.ruleId());
      json.writeEndObject();
    }

    @Override
    public void finish() throws IOException {
      if (array) {
        json.writeEndArray();
        json.flush();
        out.write('\n');
      }
      json.close();
      out.flush();
    }
  }
}
