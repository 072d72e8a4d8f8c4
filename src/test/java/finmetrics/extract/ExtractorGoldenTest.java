package finmetrics.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import finmetrics.ingest.Block;
import finmetrics.ingest.Document;
import finmetrics.model.Diagnostic;
import finmetrics.model.Fact;
import finmetrics.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The safety net while the extractor is rebuilt: everything it says about every corpus sentence
 * (each fact with its optional facts, rule and span, and every diagnostic) is frozen in
 * golden/extracted.txt. Any difference fails; a change that means it reruns with
 * {@code -Dgolden.update=true} and commits the diff, so the commit shows what it changed.
 */
class ExtractorGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/extracted.txt");

  @Test
  void everyCorpusSentenceGivesWhatTheGoldenFileSays() throws IOException {
    String actual = render();
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual,
        GOLDEN + " differs (rerun with -Dgolden.update=true and read the diff)");
  }

  static String render() throws IOException {
    StringBuilder out = new StringBuilder();
    for (String file : LinkerCorpusTest.corpusFiles()) {
      for (LinkerCorpusTest.Case c : LinkerCorpusTest.cases(file)) {
        // Keyed by the sentence, not its line, so that cases added above it do not shift the file.
        out.append(file).append("> ").append(c.sentence()).append('\n');
        Extraction extraction = FactExtractor.extract(document(c.sentence()));
        for (Fact f : extraction.facts()) {
          Span span = f.source().amount();
          out.append("  ").append(LinkerCorpusTest.describe(f))
              .append("  [").append(f.source().ruleId()).append(' ')
              .append(span.start()).append('-').append(span.end()).append("]\n");
        }
        for (Diagnostic d : extraction.diagnostics()) {
          out.append("  ! ").append(d.message()).append('\n');
        }
      }
    }
    return out.toString();
  }

  static Document document(String text) {
    return new Document("case.md", "Case", text, List.of(new Block("", new Span(0, text.length()), 1, text)));
  }
}
