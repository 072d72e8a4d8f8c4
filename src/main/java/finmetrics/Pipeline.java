package finmetrics;

import finmetrics.extract.ExtensionAmounts;
import finmetrics.extract.Extraction;
import finmetrics.extract.FactExtractor;
import finmetrics.ingest.Document;
import finmetrics.ingest.ProfileReader;
import finmetrics.model.Diagnostic;
import finmetrics.model.Fact;
import finmetrics.model.LexiconExtension;
import finmetrics.report.AtomicFiles;
import finmetrics.report.FactsCsvWriter;
import finmetrics.report.ReportOptions;
import finmetrics.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Wires the stages: ingest, extract, analyze, report. The CLI and the tests both call this.
 *
 * <p>Documents stream: the inputs are listed first (names and sizes only), then each document is
 * read, parsed and extracted as one task on a pool of all cores, and the results are handed on in
 * input order through a window of a few documents per core. Only that window is in memory, so a
 * corpus of any size runs in the same memory, and the output is the same whatever the number of
 * threads.
 */
public final class Pipeline {
  private Pipeline() {}

  /** Standard input as one document named {@code name}. */
  public record Stdin(String name, byte[] bytes) {}

  /**
   * How to run.
   *
   * @param company when not null, the company of every document
   * @param lexicon the user's own words
   * @param threads 1 runs everything on the calling thread
   */
  public record Options(String company, LexiconExtension lexicon, int threads) {
    public static Options defaults() {
      return new Options(null, LexiconExtension.NONE, Runtime.getRuntime().availableProcessors());
    }
  }

  /**
   * One input as it finished.
   *
   * @param id the document id (or the path given, when it could not be read)
   * @param read whether it was read; when not, {@code diagnostics} says why
   * @param facts in {@link Fact#ORDER}
   * @param bytes its size, for progress
   */
  /** One document's outcome; {@code unread} holds the amounts that gave no fact, with the reason. */
  public record DocumentResult(String id, boolean read, List<Fact> facts, List<Diagnostic> diagnostics, long bytes, List<Extraction.Unread> unread) {
    public DocumentResult(String id, boolean read, List<Fact> facts, List<Diagnostic> diagnostics, long bytes) {
      this(id, read, facts, diagnostics, bytes, List.of());
    }
  }

  /** Receives documents in input order; may stop the run by returning false. */
  public interface Sink {
    boolean accept(DocumentResult result) throws IOException;
  }

  /** Told how far a run is; called on the thread that called {@link #stream}. */
  public interface Progress {
    Progress NONE = new Progress() {};

    default void started(int documents, long bytes) {}

    default void advanced(int documentsDone, long bytesDone) {}

    /** Called about five times a second while the run waits for a slow document. */
    default void waiting() {}
  }

  /**
   * What a streamed run did.
   *
   * @param skipped files below a folder that were not read because they are not text profiles
   * @param listing what listing the inputs found wrong (folders that could not be listed, the
   *     same file given twice, output folders not read back)
   */
  public record Summary(int documents, int unreadable, long facts, List<String> skipped, List<Diagnostic> listing) {}

  /**
   * The facts of every readable document, plus read errors and extraction warnings.
   *
   * @param skipped files below a folder that are not text profiles
   */
  public record Outcome(List<String> documents, List<Fact> facts, List<Diagnostic> diagnostics, List<String> skipped) {
    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }
  }

  /** One unit of work: a file, or standard input; {@code bytes} is its size, for progress. */
  private record Task(String id, ProfileReader.Source file, Stdin stdin, long bytes) {}

  /**
   * Reads, parses and extracts every input and hands each document to {@code sink} in input
   * order (by document id) as soon as it and every document before it are done.
   */
  public static Summary stream(List<Path> inputs, Stdin stdin, Options options, Progress progress, Sink sink)
      throws IOException {
    return stream(inputs, stdin, options, progress, listed -> {}, sink);
  }

  /** As above; {@code listed} gets what listing the inputs found wrong, before any document. */
  public static Summary stream(
      List<Path> inputs, Stdin stdin, Options options, Progress progress,
      java.util.function.Consumer<List<Diagnostic>> listed, Sink sink) throws IOException {
    List<Diagnostic> listing = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<Task> tasks = tasks(ProfileReader.list(inputs, listing, skipped), stdin);
    skipped.sort(null);
    listed.accept(List.copyOf(listing));
    long totalBytes = tasks.stream().mapToLong(Task::bytes).sum();
    progress.started(tasks.size(), totalBytes);
    ExtensionAmounts userAmounts = withPlantedFailure(ExtensionAmounts.of(options.lexicon()));
    int threads = Math.max(1, options.threads());
    ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, daemonThreads());
    // The ordering buffer: finished documents wait here until every one before them is written.
    int window = threads == 1 ? 1 : threads * 4;
    ArrayDeque<Future<DocumentResult>> inFlight = new ArrayDeque<>();
    int documents = 0;
    int unreadable = 0;
    long facts = 0;
    long bytesDone = 0;
    int done = 0;
    try {
      int next = 0;
      while (next < tasks.size() || !inFlight.isEmpty()) {
        while (pool != null && next < tasks.size() && inFlight.size() < window) {
          Task task = tasks.get(next++);
          inFlight.add(pool.submit(() -> process(task, options, userAmounts)));
        }
        DocumentResult result =
            pool == null ? process(tasks.get(next++), options, userAmounts) : await(inFlight.poll(), progress);
        done++;
        bytesDone += result.bytes();
        if (result.read()) {
          documents++;
          facts += result.facts().size();
        } else {
          unreadable++;
        }
        boolean goOn = sink.accept(result);
        progress.advanced(done, bytesDone);
        if (!goOn) {
          break;
        }
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    return new Summary(documents, unreadable, facts, List.copyOf(skipped), List.copyOf(listing));
  }

  /**
   * Test seam: with {@code -Dfinmetrics.test.failOnSentence=TEXT} every sentence containing TEXT
   * throws inside the extractor, as a bug would, so that a test of the whole CLI can check that one
   * failing sentence costs only itself (PlantedFailureTest). Nothing sets it outside that test.
   */
  private static ExtensionAmounts withPlantedFailure(ExtensionAmounts amounts) {
    String marker = System.getProperty("finmetrics.test.failOnSentence", "");
    return marker.isEmpty() ? amounts : ExtensionAmounts.failingOn(marker, amounts);
  }

  private static List<Task> tasks(List<ProfileReader.Source> sources, Stdin stdin) {
    List<Task> tasks = new ArrayList<>();
    for (ProfileReader.Source source : sources) {
      if (stdin == null || !source.id().equals(stdin.name())) {
        tasks.add(new Task(source.id(), source, null, size(source.file())));
      }
    }
    if (stdin != null) {
      tasks.add(new Task(stdin.name(), null, stdin, stdin.bytes().length));
      tasks.sort(Comparator.comparing(Task::id));
    }
    return tasks;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0; // reading it will say what is wrong
    }
  }

  private static DocumentResult process(Task task, Options options, ExtensionAmounts userAmounts) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Optional<Document> read =
        task.file() != null
            ? ProfileReader.read(task.file(), diagnostics)
            : ProfileReader.readBytes(task.stdin().bytes(), task.id(), "-", diagnostics);
    if (read.isEmpty()) {
      return new DocumentResult(task.id(), false, List.of(), diagnostics, task.bytes());
    }
    Document document = read.get();
    String company = options.company() != null ? options.company() : options.lexicon().company(document.company());
    if (!company.equals(document.company())) {
      document = new Document(document.id(), company, document.text(), document.blocks());
    }
    Extraction extraction;
    try {
      extraction = FactExtractor.extract(document, userAmounts);
    } catch (RuntimeException | StackOverflowError e) {
      // A bug outside the extractor's per-sentence guard costs this document only, not the run.
      diagnostics.add(new Diagnostic(Diagnostic.Severity.ERROR, document.id(), 0, "internal error in the extractor, document skipped: " + e));
      return new DocumentResult(task.id(), false, List.of(), diagnostics, task.bytes());
    }
    diagnostics.addAll(extraction.diagnostics());
    diagnostics.sort(Comparator.comparingInt(Diagnostic::line));
    return new DocumentResult(task.id(), true, extraction.facts(), diagnostics, task.bytes(), extraction.unread());
  }

  private static DocumentResult await(Future<DocumentResult> future, Progress progress) throws IOException {
    while (true) {
      try {
        return future.get(200, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        progress.waiting();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException) {
          throw (RuntimeException) cause;
        }
        if (cause instanceof Error) {
          throw (Error) cause;
        }
        throw new IOException(cause);
      }
    }
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    return runnable -> {
      Thread thread = new Thread(runnable, "finmetrics-worker");
      thread.setDaemon(true); // a run stopped early (closed pipe) must not wait for the pool
      return thread;
    };
  }

  /** Reads and extracts everything, keeping only the facts: what {@code report} analyses. */
  public static Outcome extract(List<Path> inputs) {
    return extract(inputs, null, Options.defaults(), Progress.NONE);
  }

  public static Outcome extract(List<Path> inputs, Stdin stdin, Options options, Progress progress) {
    List<String> ids = new ArrayList<>();
    List<Fact> facts = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    Summary summary;
    try {
      summary = stream(inputs, stdin, options, progress, result -> {
        if (result.read()) {
          ids.add(result.id());
          facts.addAll(result.facts());
        }
        diagnostics.addAll(result.diagnostics());
        return true;
      });
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    diagnostics.addAll(0, summary.listing());
    facts.sort(Fact.ORDER);
    diagnostics.sort(Comparator.comparing(Diagnostic::documentId).thenComparingInt(Diagnostic::line));
    return new Outcome(List.copyOf(ids), List.copyOf(facts), List.copyOf(diagnostics), summary.skipped());
  }

  /** Writes facts.csv into {@code outDir}, or returns its bytes when {@code outDir} is null. */
  public static byte[] writeFacts(Outcome outcome, Path outDir) throws IOException {
    byte[] csv = FactsCsvWriter.render(outcome.facts());
    if (outDir != null) {
      AtomicFiles.write(outDir.resolve("facts.csv"), csv);
    }
    return csv;
  }

  /** Writes every report output; returns the analysis warnings. */
  public static List<Diagnostic> writeReport(Outcome outcome, Path outDir, ReportOptions options)
      throws IOException {
    return ReportWriter.writeAll(outDir, outcome.facts(), options);
  }
}
