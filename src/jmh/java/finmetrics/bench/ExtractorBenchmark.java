package finmetrics.bench;

import finmetrics.extract.FactExtractor;
import finmetrics.ingest.Document;
import finmetrics.ingest.ProfileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The extractor alone: {@link FactExtractor#extract(Document)} over about 1 MB of documents
 * parsed beforehand, so no I/O and no Markdown parsing is timed. One operation extracts every
 * document of the input once, on one thread; {@link BenchmarkMain} turns the time per operation
 * into MB/s per core from the input's size.
 *
 * <p>Inputs: {@code profiles}, the project's seeds/*.md copied under numbered names up to 1 MB
 * (business-model write-ups, figures here and there); {@code dense}, {@link DenseProse}, where
 * every sentence states a figure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ExtractorBenchmark {
  /** About this many bytes of UTF-8 per input. */
  static final long INPUT_BYTES = 1_000_000;

  @Param({"profiles", "dense"})
  public String input;

  private List<Document> documents;

  @Setup(Level.Trial)
  public void parse() {
    documents = parse(texts(input));
  }

  @Benchmark
  public int extract() {
    int facts = 0;
    for (Document document : documents) {
      facts += FactExtractor.extract(document).facts().size();
    }
    return facts; // returned, so JMH keeps the work
  }

  /** The input's documents as files would give them: name and text. */
  static List<DenseProse.Text> texts(String input) {
    switch (input) {
      case "dense":
        return DenseProse.corpus(INPUT_BYTES, 20261202L);
      case "profiles":
        return profiles(Path.of(System.getProperty("finmetrics.seeds", "seeds")));
      default:
        throw new IllegalArgumentException("no input " + input);
    }
  }

  static long bytes(List<DenseProse.Text> texts) {
    return texts.stream().mapToLong(t -> t.content().getBytes(StandardCharsets.UTF_8).length).sum();
  }

  private static List<DenseProse.Text> profiles(Path seeds) {
    List<DenseProse.Text> seedTexts = new ArrayList<>();
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        seedTexts.add(new DenseProse.Text(file.getFileName().toString(), Files.readString(file)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the seeds in " + seeds.toAbsolutePath() + " (run from the project folder)", e);
    }
    if (seedTexts.isEmpty()) {
      throw new IllegalStateException("no seeds/*.md in " + seeds.toAbsolutePath() + " (run from the project folder)");
    }
    List<DenseProse.Text> copies = new ArrayList<>();
    long bytes = 0;
    for (int copy = 0; bytes < INPUT_BYTES; copy++) {
      for (DenseProse.Text seed : seedTexts) {
        copies.add(new DenseProse.Text(seed.name().replace(".md", "-" + copy + ".md"), seed.content()));
        bytes += seed.content().getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return copies;
  }

  private static List<Document> parse(List<DenseProse.Text> texts) {
    List<Document> parsed = new ArrayList<>();
    for (DenseProse.Text text : texts) {
      List<finmetrics.model.Diagnostic> diagnostics = new ArrayList<>();
      parsed.add(ProfileReader.readBytes(text.content().getBytes(StandardCharsets.UTF_8), text.name(), text.name(), diagnostics)
          .orElseThrow(() -> new IllegalStateException(text.name() + ": " + diagnostics)));
    }
    return parsed;
  }
}
