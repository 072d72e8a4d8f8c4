package finmetrics.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes every output file through a temporary file in the same folder, then moves it in place. */
public final class AtomicFiles {

  /** The body that fills the temporary file; may throw, and then the target is left untouched. */
  @FunctionalInterface
  public interface IoConsumer<T> {
    void accept(T value) throws IOException;
  }

  private AtomicFiles() {}

  public static void write(Path target, IoConsumer<OutputStream> body) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        body.accept(out);
      }
      move(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  public static void write(Path target, byte[] content) throws IOException {
    write(target, out -> out.write(content));
  }

  /**
   * Writes several files as one step, as far as a filesystem allows: every temporary file is
   * written first, and only when all succeeded are they moved in place (in the map's order). A
   * failure while writing leaves every previous file untouched.
   */
  public static void writeAll(Map<Path, byte[]> files) throws IOException {
    Map<Path, Path> temps = new LinkedHashMap<>();
    try {
      for (Map.Entry<Path, byte[]> e : files.entrySet()) {
        if (Files.isDirectory(e.getKey())) {
          throw new IOException("cannot write " + e.getKey().getFileName() + ": a folder has that name");
        }
        Path dir = e.getKey().toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + e.getKey().getFileName(), ".tmp");
        temps.put(e.getKey(), tmp);
        Files.write(tmp, e.getValue());
      }
      for (Map.Entry<Path, Path> e : temps.entrySet()) {
        move(e.getValue(), e.getKey());
      }
    } finally {
      for (Path tmp : temps.values()) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  private static void move(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
