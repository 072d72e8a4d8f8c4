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

/**
 * Runs the sentence corpora in src/test/resources/corpus/: linker.txt (one or more sentences per
 * behaviour of the linker) and challenge.txt (news and annual-report prose). Each sentence gives
 * exactly its "=" facts, and may give its "?" (optional) facts.
 */
class LinkerCorpusTest {

  record Case(String file, int line, String sentence, List<String> expected, List<String> optional) {}

  @TestFactory
  Stream<DynamicTest> eachLinkerSentenceGivesExactlyItsFacts() throws IOException {
    return tests("linker.txt");
  }

  @TestFactory
  Stream<DynamicTest> eachChallengeSentenceGivesExactlyItsFacts() throws IOException {
    return tests("challenge.txt");
  }

  /** Every other corpus file (one per area of the extractor, so that they can grow apart). */
  @TestFactory
  Stream<DynamicTest> eachSentenceOfTheOtherCorporaGivesExactlyItsFacts() throws IOException {
    List<DynamicTest> all = new ArrayList<>();
    for (String file : corpusFiles()) {
      if (!file.equals("linker.txt") && !file.equals("challenge.txt")) {
        tests(file).forEach(all::add);
      }
    }
    return all.stream();
  }

  /** The names of the corpus files in src/test/resources/corpus/, sorted. */
  static List<String> corpusFiles() throws IOException {
    try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of("src/test/resources/corpus"))) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
    }
  }

  static Stream<DynamicTest> tests(String file) throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Case c : cases(file)) {
      tests.add(dynamicTest(c.file() + ":" + c.line() + " \"" + c.sentence() + "\"", () -> {
        Document doc = new Document("case.md", "Case", c.sentence(),
            List.of(new Block("", new Span(0, c.sentence().length()), 1, c.sentence())));
        List<String> actual = new ArrayList<>();
        for (Fact f : FactExtractor.extract(doc).facts()) {
          actual.add(describe(f));
          assertEquals(f.source().matchedText(), c.sentence().substring(f.source().amount().start(), f.source().amount().end()));
          assertTrue(f.source().sentence().contains(f.source().amount()));
        }
        List<String> expected = c.expected().stream().map(LinkerCorpusTest::withoutBarePart).toList();
        List<String> optional = c.optional().stream().map(LinkerCorpusTest::withoutBarePart).toList();
        actual.replaceAll(LinkerCorpusTest::withoutBarePart);
        actual.removeIf(fact -> optional.contains(fact) && !expected.contains(fact));
        assertEquals(sorted(expected), sorted(actual));
      }));
    }
    return tests.stream();
  }

  static String describe(Fact f) {
    String period = f.period().toString().isEmpty() ? "-" : f.period().toString();
    String value = f.value().stripTrailingZeros().scale() < 0 ? f.value().stripTrailingZeros().setScale(0).toPlainString()
        : f.value().stripTrailingZeros().toPlainString();
    return f.metric().id() + " " + period + " " + value + " " + f.unit() + " " + f.qualifier().label();
  }

  /**
   * A part of a year with no year ("Q3") says no more than an empty period, and the evaluation
   * scorer accepts either: compare them as equal.
   */
  private static String withoutBarePart(String fact) {
    return fact.replaceFirst("^(\\S+) (?:Q[1-4]|H[12]|9M) ", "$1 - ");
  }

  private static List<String> sorted(List<String> items) {
    List<String> copy = new ArrayList<>(items);
    copy.sort(null);
    return copy;
  }

  static List<Case> cases(String file) throws IOException {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = LinkerCorpusTest.class.getResourceAsStream("/corpus/" + file)) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      Case current = null;
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.startsWith("> ")) {
          current = new Case(file, i + 1, line.substring(2), new ArrayList<>(), new ArrayList<>());
          cases.add(current);
        } else if (line.startsWith("= ") && current != null && !line.equals("= none")) {
          current.expected().add(line.substring(2));
        } else if (line.startsWith("? ") && current != null) {
          current.optional().add(line.substring(2));
        }
      }
    }
    return cases;
  }
}
