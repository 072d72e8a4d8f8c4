package finmetrics.cli;

import finmetrics.Pipeline;
import java.io.PrintStream;
import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error (documents done, MB/s, time left) for runs that last more than
 * about two seconds; a shorter run shows none, so quick commands print only their result. Only
 * used when standard error is a terminal (the launcher tells: Java cannot see it for stderr).
 */
final class ProgressDisplay implements Pipeline.Progress {
  private static final long DELAY_NANOS = 2_000_000_000L;

  private final PrintStream terminal;
  private final String task;
  private final long startNanos = System.nanoTime();
  private int documents;
  private long totalBytes;
  private int documentsDone;
  private long bytesDone;
  private ProgressBar bar;

  private ProgressDisplay(PrintStream terminal, String task) {
    this.terminal = terminal;
    this.task = task;
  }

  /** A bar when standard error is a terminal and --quiet was not given; else no progress. */
  static Pipeline.Progress forRun(String task, boolean quiet) {
    if (quiet || !Boolean.getBoolean("finmetrics.stderr.tty")) {
      return Pipeline.Progress.NONE;
    }
    return new ProgressDisplay(System.err, task);
  }

  @Override
  public void started(int documents, long bytes) {
    this.documents = documents;
    this.totalBytes = bytes;
  }

  @Override
  public void advanced(int documentsDone, long bytesDone) {
    this.documentsDone = documentsDone;
    this.bytesDone = bytesDone;
    update();
  }

  @Override
  public void waiting() {
    update();
  }

  private void update() {
    long elapsed = System.nanoTime() - startNanos;
    if (bar == null) {
      if (elapsed < DELAY_NANOS || documentsDone >= documents) {
        return;
      }
      bar = new ProgressBarBuilder()
          .setTaskName(task)
          .setInitialMax(Math.max(1, documents))
          .setUnit(" documents", 1)
          .setStyle(ProgressBarStyle.UNICODE_BLOCK)
          .setUpdateIntervalMillis(250)
          .setMaxRenderedLength(100)
          .setConsumer(new ConsoleProgressBarConsumer(terminal))
          .startsFrom(0, Duration.ofNanos(elapsed))
          .build();
    }
    bar.stepTo(documentsDone);
    // Throughput in bytes: documents differ too much in size for documents per second to tell.
    double seconds = elapsed / 1e9;
    bar.setExtraMessage(String.format(java.util.Locale.ROOT, "%.1f of %.1f MB, %.2f MB/s",
        bytesDone / 1e6, totalBytes / 1e6, bytesDone / 1e6 / seconds));
  }

  /** Draws the bar at its end and moves to a new line; nothing when none was shown. */
  void close() {
    if (bar != null) {
      update();
      bar.close();
    }
  }

  static void close(Pipeline.Progress progress) {
    if (progress instanceof ProgressDisplay) {
      ((ProgressDisplay) progress).close();
    }
  }
}
