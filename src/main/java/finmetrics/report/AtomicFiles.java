package finmetrics.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes every output file through a temporary file in the same folder, then moves it in place.
 *
 * <p>The temporary file is created with plain {@code CREATE_NEW}, not {@code Files.createTempFile}
 * (which always gives 0600): the file then gets the user's umask like any other file they write,
 * 0644 under the usual 022, so colleagues on a shared drive can open the outputs.
 */
public final class AtomicFiles {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The body that fills the temporary file; may throw, and then the target is left untouched. */
  @FunctionalInterface
  public interface IoConsumer<T> {
    void accept(T value) throws IOException;
  }

  private AtomicFiles() {}

  public static void write(Path target, IoConsumer<OutputStream> body) throws IOException {
    Path tmp = createTemp(target);
    try {
      try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
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

  /** {@link #writeAll(Map, Collection)} with nothing to remove. */
  public static void writeAll(Map<Path, byte[]> files) throws IOException {
    writeAll(files, List.of());
  }

  /**
   * Writes several files as one step, as far as a filesystem allows: every temporary file is
   * written first, and only when all succeeded are they moved in place (in the map's order) and
   * the {@code obsolete} files (outputs of an earlier run that this run no longer makes) deleted.
   * A failure while writing leaves every previous file untouched.
   */
  public static void writeAll(Map<Path, byte[]> files, Collection<Path> obsolete) throws IOException {
    Map<Path, Path> temps = new LinkedHashMap<>();
    try {
      for (Map.Entry<Path, byte[]> e : files.entrySet()) {
        if (Files.isDirectory(e.getKey())) {
          throw new IOException("cannot write " + e.getKey().getFileName() + ": a folder has that name");
        }
        Path tmp = createTemp(e.getKey());
        temps.put(e.getKey(), tmp);
        Files.write(tmp, e.getValue(), StandardOpenOption.WRITE);
      }
      for (Map.Entry<Path, Path> e : temps.entrySet()) {
        move(e.getValue(), e.getKey());
      }
      for (Path old : obsolete) {
        if (!files.containsKey(old) && Files.isRegularFile(old)) {
          Files.delete(old);
        }
      }
    } finally {
      for (Path tmp : temps.values()) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /** A new empty file ".NAME.RANDOM.tmp" beside {@code target}, with the permissions the umask gives. */
  private static Path createTemp(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    for (int attempt = 0; ; attempt++) {
      Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
      try {
        Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return tmp;
      } catch (java.nio.file.FileAlreadyExistsException e) {
        if (attempt >= 10) {
          throw e;
        }
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
