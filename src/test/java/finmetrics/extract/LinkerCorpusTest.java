package finmetrics.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import finmetrics.ingest.Block;
import finmetrics.ingest.Document;
import finmetrics.model.Fact;
import finmetrics.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs the linker corpus (src/test/resources/corpus/linker.txt): each sentence gives exactly its facts. */
class LinkerCorpusTest {

  record Case(int line, String sentence, List<String> expected) {}

  @TestFactory
  Stream<DynamicTest> eachSentenceGivesExactlyItsFacts() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Case c : cases()) {
      tests.add(dynamicTest("linker.txt:" + c.line() + " \"" + c.sentence() + "\"", () -> {
        Document doc = new Document("case.md", "Case", c.sentence(),
            List.of(new Block("", new Span(0, c.sentence().length()), 1, c.sentence())));
        List<String> actual = new ArrayList<>();
        for (Fact f : FactExtractor.extract(doc).facts()) {
          actual.add(describe(f));
          assertEquals(f.source().matchedText(), c.sentence().substring(f.source().amount().start(), f.source().amount().end()));
          assertTrue(f.source().sentence().contains(f.source().amount()));
        }
        assertEquals(sorted(c.expected()), sorted(actual));
      }));
    }
    return tests.stream();
  }

  private static String describe(Fact f) {
    String period = f.period().toString().isEmpty() ? "-" : f.period().toString();
    String value = f.value().stripTrailingZeros().scale() < 0 ? f.value().stripTrailingZeros().setScale(0).toPlainString()
        : f.value().stripTrailingZeros().toPlainString();
    return f.metric().id() + " " + period + " " + value + " " + f.unit() + " " + f.qualifier().label();
  }

  private static List<String> sorted(List<String> items) {
    List<String> copy = new ArrayList<>(items);
    copy.sort(null);
    return copy;
  }

  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = LinkerCorpusTest.class.getResourceAsStream("/corpus/linker.txt")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      Case current = null;
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.startsWith("> ")) {
          current = new Case(i + 1, line.substring(2), new ArrayList<>());
          cases.add(current);
        } else if (line.startsWith("= ") && current != null && !line.equals("= none")) {
          current.expected().add(line.substring(2));
        }
      }
    }
    return cases;
  }
}
