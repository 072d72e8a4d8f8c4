package finmetrics.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import finmetrics.extract.FactExtractor;
import finmetrics.ingest.Document;
import finmetrics.model.Fact;
import finmetrics.model.Provenance;
import finmetrics.model.Span;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fuzz tests' invariants on everything the project has: corpus sentences, profiles, golden inputs. */
class FactInvariantsTest {

  @Test
  void everyCorpusSentenceKeepsTheInvariants() throws IOException {
    List<String> sentences = corpusSentences();
    if (sentences.size() < 1_000) {
      throw new AssertionError("expected the corpora, found " + sentences.size() + " sentences");
    }
    for (String sentence : sentences) {
      try {
        FactInvariants.check(FactInvariants.singleBlock(sentence));
      } catch (AssertionError e) {
        throw new AssertionError(e.getMessage() + " in <<" + sentence + ">>", e);
      }
    }
  }

  @Test
  void everyBundledProfileAndGoldenInputKeepsTheInvariants() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String root : List.of("seeds", "src/test/resources/e2e", "src/test/resources/report-golden", "src/test/resources/finmetrics/fuzz")) {
      try (Stream<Path> walk = Files.walk(Path.of(root))) {
        walk.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".csv")).sorted().forEach(files::add);
      }
    }
    for (Path file : files) {
      try {
        FactInvariants.checkFile(Files.readAllBytes(file));
      } catch (AssertionError e) {
        throw new AssertionError(file + ": " + e.getMessage(), e);
      }
    }
    if (files.size() < 10) {
      throw new AssertionError("expected the seeds and golden inputs, found " + files);
    }
  }

  @Test
  void theInvariantsCatchAFactWhoseSpanIsNotItsAmount() {
    Document document = FactInvariants.singleBlock("Revenue was $12.5 million in 2021.");
    FactInvariants.check(document); // holds for the real extractor
    Fact fact = FactExtractor.extract(document).facts().get(0);
    Provenance p = fact.source();
    Span shifted = new Span(p.amount().start() - 1, p.amount().end() - 1);
    Fact wrong = new Fact(fact.company(), fact.metric(), fact.period(), fact.value(), fact.unit(), fact.qualifier(),
        new Provenance(p.documentId(), p.sectionPath(), shifted, p.sentence(), p.line(), p.ruleId(), p.matchedText(), p.evidence()));
    AssertionError error = assertThrows(AssertionError.class, () -> FactInvariants.checkFacts(document.text(), List.of(wrong)));
    assertTrue(error.getMessage().startsWith("text at [11,"), error.getMessage());
  }

  /** Every "> sentence" line of the corpus files. */
  static List<String> corpusSentences() throws IOException {
    List<String> sentences = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus"))) {
      for (Path file : files.sorted().toList()) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (line.startsWith("> ")) {
            sentences.add(line.substring(2));
          }
        }
      }
    }
    return sentences;
  }
}
