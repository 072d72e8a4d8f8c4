package finmetrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import finmetrics.model.Fact;
import finmetrics.model.LexiconExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streaming: input order, the same result on any number of threads, and stopping early. */
class PipelineTest {
  @TempDir Path dir;

  /** Documents of varied length, so that on several threads they finish out of order. */
  private Path corpus(int documents) throws IOException {
    Path root = Files.createDirectories(dir.resolve("corpus"));
    for (int i = 0; i < documents; i++) {
      StringBuilder text = new StringBuilder("# Business model of Firm " + i + "\n\n");
      int paragraphs = 1 + (i * 7) % 23;
      for (int p = 0; p < paragraphs; p++) {
        text.append("Firm ").append(i).append(" generated revenue of $").append(10 + p).append(".").append(i % 10)
            .append(" million in ").append(2000 + p).append(". It has many customers.\n\n");
      }
      Files.writeString(root.resolve(String.format("d%03d.md", i)), text);
    }
    Files.writeString(root.resolve("broken.md"), "");
    return root;
  }

  private static List<String> run(Path root, int threads) throws IOException {
    List<String> seen = new ArrayList<>();
    Pipeline.Options options = new Pipeline.Options(null, LexiconExtension.NONE, threads);
    Pipeline.stream(List.of(root), null, options, Pipeline.Progress.NONE, result -> {
      seen.add(result.id() + " read=" + result.read() + " diagnostics=" + result.diagnostics().size());
      for (Fact f : result.facts()) {
        seen.add("  " + f.company() + " " + f.metric().id() + " " + f.period() + " " + f.value() + " @" + f.source().amount());
      }
      return true;
    });
    return seen;
  }

  @Test
  void documentsArriveInInputOrderWithTheSameFactsOnOneThreadAndOnMany() throws IOException {
    Path root = corpus(60);
    List<String> oneThread = run(root, 1);
    assertEquals(oneThread, run(root, 2));
    assertEquals(oneThread, run(root, 5));
    List<String> ids = oneThread.stream().filter(l -> !l.startsWith(" ")).map(l -> l.substring(0, l.indexOf(' '))).toList();
    List<String> sorted = new ArrayList<>(ids);
    sorted.sort(null);
    assertEquals(sorted, ids);
    assertEquals(61, ids.size());
    assertTrue(oneThread.contains("broken.md read=false diagnostics=1"), oneThread.toString());
  }

  @Test
  void aSinkThatStopsEndsTheRunEarly() throws IOException {
    Path root = corpus(30);
    List<String> seen = new ArrayList<>();
    Pipeline.Summary summary = Pipeline.stream(List.of(root), null, Pipeline.Options.defaults(), Pipeline.Progress.NONE, result -> {
      seen.add(result.id());
      return seen.size() < 3;
    });
    assertEquals(3, seen.size());
    assertEquals(3, summary.documents() + summary.unreadable());
  }

  @Test
  void progressIsToldTheTotalsAndEveryDocumentDone() throws IOException {
    Path root = corpus(12);
    long bytes;
    try (var files = Files.list(root)) {
      bytes = files.mapToLong(f -> f.toFile().length()).sum();
    }
    long[] told = new long[4];
    Pipeline.Progress progress = new Pipeline.Progress() {
      @Override
      public void started(int documents, long total) {
        told[0] = documents;
        told[1] = total;
      }

      @Override
      public void advanced(int documentsDone, long bytesDone) {
        told[2] = documentsDone;
        told[3] = bytesDone;
      }
    };
    Pipeline.stream(List.of(root), null, Pipeline.Options.defaults(), progress, result -> true);
    assertEquals(13, told[0]);
    assertEquals(bytes, told[1]);
    assertEquals(13, told[2]);
    assertEquals(bytes, told[3]);
  }

  @Test
  void reportKeepsTheFactsSortedWhateverTheThreads() throws IOException {
    Path root = corpus(20);
    Pipeline.Outcome one = Pipeline.extract(List.of(root), null, new Pipeline.Options(null, LexiconExtension.NONE, 1), Pipeline.Progress.NONE);
    Pipeline.Outcome many = Pipeline.extract(List.of(root), null, new Pipeline.Options(null, LexiconExtension.NONE, 4), Pipeline.Progress.NONE);
    assertEquals(one, many);
    List<Fact> sorted = new ArrayList<>(one.facts());
    sorted.sort(Fact.ORDER);
    assertEquals(sorted, one.facts());
    assertFalse(one.facts().isEmpty());
  }
}
