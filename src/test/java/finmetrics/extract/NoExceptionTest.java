package finmetrics.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import finmetrics.ingest.Document;
import finmetrics.ingest.ProfileReader;
import finmetrics.ingest.ReadResult;
import finmetrics.model.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No input makes the extractor throw. The per-sentence catch in FactExtractor turns an exception
 * into an "internal error" diagnostic, so these tests look for such diagnostics: every corpus
 * sentence cut short, with its words shuffled and joined to the next sentence, and the corpora
 * read whole as documents through ingest.
 */
class NoExceptionTest {

  @Test
  void truncatedShuffledAndJoinedCorpusSentencesGiveNoInternalError() throws IOException {
    List<String> sentences = new ArrayList<>();
    for (String file : LinkerCorpusTest.corpusFiles()) {
      LinkerCorpusTest.cases(file).forEach(c -> sentences.add(c.sentence()));
    }
    Random random = new Random(7);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      String s = sentences.get(i);
      List<String> variants = new ArrayList<>();
      variants.add(s.substring(0, s.length() / 3));
      variants.add(s.substring(0, s.length() / 2));
      variants.add(s.substring(s.length() / 4));
      variants.add(shuffled(s, random));
      variants.add(s + " " + sentences.get((i + 1) % sentences.size()));
      variants.add(s.replaceAll("[.]\\s*$", "") + " and " + sentences.get((i + 7) % sentences.size()));
      for (String v : variants) {
        for (Diagnostic d : FactExtractor.extract(ExtractorGoldenTest.document(v)).diagnostics()) {
          failures.add(d.message() + "  <<" + v + ">>");
        }
      }
    }
    assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())), failures.size() + " variants failed");
  }

  @Test
  void theCorporaReadWholeAsDocumentsGiveNoInternalError(@TempDir Path dir) throws IOException {
    // linker.txt as it is (its "=" lines run into the sentences as Markdown paragraphs); the big
    // corpora only as prose below, since every line of theirs would be one more amount to link.
    List<Path> files = new ArrayList<>();
    Path copy = dir.resolve("linker.txt");
    Files.copy(Path.of("src/test/resources/corpus/linker.txt"), copy);
    files.add(copy);
    // The same text without the "=" lines: the sentences then run into one another as prose.
    Path prose = dir.resolve("prose.md");
    StringBuilder text = new StringBuilder();
    for (String file : LinkerCorpusTest.corpusFiles()) {
      LinkerCorpusTest.cases(file).forEach(c -> text.append(c.sentence()).append(' '));
    }
    Files.writeString(prose, text, StandardCharsets.UTF_8);
    files.add(prose);
    ReadResult read = ProfileReader.read(files);
    List<String> failures = new ArrayList<>();
    for (Document document : read.documents()) {
      for (Diagnostic d : FactExtractor.extract(document).diagnostics()) {
        failures.add(d.format());
      }
    }
    assertEquals(List.of(), failures);
  }

  private static String shuffled(String sentence, Random random) {
    List<String> words = new ArrayList<>(Arrays.asList(sentence.split(" ")));
    Collections.shuffle(words, random);
    return String.join(" ", words);
  }
}
