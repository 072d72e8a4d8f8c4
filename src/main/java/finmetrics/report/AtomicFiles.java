package finmetrics.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes outputs so that a failure or a kill never leaves a half-written one: a single file
 * through a temporary file in the same folder, moved in place; a report's folder as a whole
 * ({@link #replaceFolder}).
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

  // ---- A folder replaced as a whole -------------------------------------------------------

  /** Marks the hidden siblings of a folder being replaced: ".NAME.finmetrics-new-TOKEN" and "-old-". */
  private static final String SWAP_INFIX = ".finmetrics-";

  /** A problem this class words itself; passed on as it is. */
  private static final class OutputProblem extends IOException {
    OutputProblem(String message) {
      super(message);
    }
  }

  /**
   * Replaces the folder {@code dir} as a whole: afterwards it holds {@code files} (paths relative
   * to it) plus every entry it held that is not {@code obsolete} (a user's own notes, a .gitkeep),
   * and a SIGKILL at any moment leaves it with all the previous outputs or all the new ones.
   *
   * <p>Everything is written and synced into a hidden staging folder beside {@code dir} (same
   * parent, so renames are atomic), the user's entries hard-linked into it (copied where the
   * filesystem cannot link); then {@code dir} is renamed aside, the staging folder renamed to
   * {@code dir}, and the old one deleted. Java has no atomic exchange of two names, so between the
   * two renames {@code dir} is missing for a moment: the next run puts back the complete folder
   * (the staged one, which is complete once the old one was moved aside) and removes whatever a
   * killed run left. A failure before the swap leaves {@code dir} untouched.
   *
   * <p>Where a folder cannot be swapped (it is the working folder or holds it, it is a mount point,
   * its parent is not writable), the files are moved in one by one as by {@link #writeAll(Map,
   * Collection)}: each stays whole, but a kill may leave old and new files side by side.
   *
   * @param obsolete outputs of an earlier run that this run does not make (relative paths)
   */
  public static void replaceFolder(Path dir, Map<Path, byte[]> files, Predicate<Path> obsolete) throws IOException {
    Path target = realTarget(dir);
    Path parent = target.getParent();
    if (parent == null || encloses(target, Path.of("").toAbsolutePath())) {
      writeInPlace(dir, files, obsolete);
      return;
    }
    String name = target.getFileName().toString();
    Files.createDirectories(parent);
    recover(parent, name, target);
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(dir.toString()); // worded "not a folder" by the CLI
    }
    String token = RunToken.current().next();
    Path staging = parent.resolve("." + name + SWAP_INFIX + "new-" + token);
    try {
      Files.createDirectory(staging);
    } catch (FileSystemException e) {
      writeInPlace(dir, files, obsolete); // allowed to write into dir, not beside it
      return;
    }
    boolean swapped = false;
    try {
      stage(dir, target, staging, files, obsolete);
      Path old = parent.resolve("." + name + SWAP_INFIX + "old-" + token);
      boolean hadOld = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
      if (hadOld) {
        try {
          Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileSystemException e) {
          // A mount point (busy), or a folder in a sticky parent owned by someone else.
          deleteTree(staging);
          writeInPlace(dir, files, obsolete);
          return;
        }
      }
      try {
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        if (hadOld) {
          Files.move(old, target, StandardCopyOption.ATOMIC_MOVE); // put the previous folder back
        }
        throw e;
      }
      swapped = true;
      syncFolder(parent);
      if (hadOld) {
        try {
          deleteTree(old);
        } catch (IOException e) {
          // The new folder is in place; the next run removes what is left of the old one.
        }
      }
    } catch (OutputProblem e) {
      throw e;
    } catch (IOException e) {
      throw new OutputProblem("cannot write " + dir + ": " + reason(e).replace(staging.toString(), dir.toString()));
    } finally {
      if (!swapped) {
        deleteTree(staging);
      }
    }
  }

  /** {@code dir} absolute, through any symbolic link: the link stays and its folder is replaced. */
  private static Path realTarget(Path dir) throws IOException {
    Path absolute = dir.toAbsolutePath().normalize();
    return Files.exists(absolute) ? absolute.toRealPath() : absolute;
  }

  private static boolean encloses(Path folder, Path path) {
    try {
      return path.toRealPath().startsWith(folder);
    } catch (IOException e) {
      return path.startsWith(folder);
    }
  }

  /** Fills the staging folder: the user's entries of {@code target}, then every output, all synced. */
  private static void stage(Path dir, Path target, Path staging, Map<Path, byte[]> files, Predicate<Path> obsolete)
      throws IOException {
    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      carryOver(target, staging, dir, files.keySet(), obsolete);
    }
    for (Map.Entry<Path, byte[]> e : files.entrySet()) {
      Path file = staging.resolve(e.getKey().toString());
      for (Path up = file.getParent(); !up.equals(staging); up = up.getParent()) {
        if (Files.exists(up, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(up, LinkOption.NOFOLLOW_LINKS)) {
          throw new OutputProblem("cannot write " + dir.resolve(e.getKey()) + ": "
              + dir.resolve(staging.relativize(up)) + " is a file, not a folder");
        }
      }
      Files.createDirectories(file.getParent());
      try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ByteBuffer bytes = ByteBuffer.wrap(e.getValue());
        while (bytes.hasRemaining()) {
          out.write(bytes);
        }
        out.force(true);
      }
    }
    List<Path> folders;
    try (java.util.stream.Stream<Path> walk = Files.walk(staging)) {
      folders = walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList();
    }
    for (int i = folders.size() - 1; i >= 0; i--) {
      syncFolder(folders.get(i)); // children before parents
    }
  }

  /**
   * Links every entry of {@code from} that is neither written now nor obsolete into {@code to},
   * folders recreated with their mode; a folder where an output must go is an error.
   */
  private static void carryOver(Path from, Path to, Path shownAs, java.util.Set<Path> written, Predicate<Path> obsolete)
      throws IOException {
    Files.walkFileTree(from, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attrs) throws IOException {
        Path rel = from.relativize(folder);
        if (written.contains(rel)) {
          throw new OutputProblem("cannot write " + shownAs.resolve(rel) + ": a folder has that name");
        }
        Path copy = to.resolve(rel.toString());
        if (!copy.equals(to)) {
          Files.createDirectory(copy);
        }
        copyOwnerAndMode(folder, copy);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Path rel = from.relativize(file);
        if (!written.contains(rel) && !obsolete.test(rel) && !isOldTemporary(rel)) {
          link(file, to.resolve(rel.toString()), attrs);
        }
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** A temporary file a killed run of the per-file writer left: ".facts.csv.RANDOM.tmp". */
  private static boolean isOldTemporary(Path rel) {
    return rel.getFileName().toString().matches("\\..+\\.[0-9a-z]{1,13}\\.tmp");
  }

  private static void link(Path existing, Path link, BasicFileAttributes attrs) throws IOException {
    try {
      Files.createLink(link, existing); // the same file, not a copy: instant, and its owner and mode stay
    } catch (UnsupportedOperationException | FileSystemException e) {
      if (attrs.isSymbolicLink()) {
        Files.createSymbolicLink(link, Files.readSymbolicLink(existing));
      } else {
        Files.copy(existing, link, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
      }
    }
  }

  /** A folder the user had keeps its mode (and, where allowed, its owner and group) in the new one. */
  private static void copyOwnerAndMode(Path from, Path to) {
    try {
      PosixFileAttributes was = Files.readAttributes(from, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
      PosixFileAttributes now = view.readAttributes();
      if (!now.group().equals(was.group())) {
        view.setGroup(was.group());
      }
      if (!now.owner().equals(was.owner())) {
        view.setOwner(was.owner());
      }
      if (!now.permissions().equals(was.permissions())) {
        view.setPermissions(was.permissions());
      }
    } catch (IOException | UnsupportedOperationException e) {
      // Not POSIX, or not ours to give away: the new folder keeps what the umask gave it.
    }
  }

  /**
   * Cleans up after killed runs: when {@code target} is missing because a run was killed between
   * its two renames, puts back that run's staged folder (complete, since its old one was already
   * moved aside) or else the old one; then deletes every leftover of a run no longer alive.
   */
  private static void recover(Path parent, String name, Path target) throws IOException {
    String prefix = "." + name + SWAP_INFIX;
    Pattern leftover = Pattern.compile(Pattern.quote(prefix) + "(new|old)-(" + RunToken.PATTERN + ")");
    Map<String, Path> staged = new java.util.TreeMap<>();
    Map<String, Path> old = new java.util.TreeMap<>();
    try (DirectoryStream<Path> siblings =
        Files.newDirectoryStream(parent, p -> p.getFileName().toString().startsWith(prefix))) {
      for (Path p : siblings) {
        Matcher m = leftover.matcher(p.getFileName().toString());
        if (m.matches() && !RunToken.isAlive(m.group(2))) {
          (m.group(1).equals("new") ? staged : old).put(m.group(2), p);
        }
      }
    }
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      Path restore = staged.keySet().stream().filter(old::containsKey).map(staged::get).findFirst()
          .orElse(old.isEmpty() ? null : old.values().iterator().next());
      if (restore != null) {
        Files.move(restore, target, StandardCopyOption.ATOMIC_MOVE);
      }
    }
    for (Path p : staged.values()) {
      deleteTree(p);
    }
    for (Path p : old.values()) {
      deleteTree(p);
    }
  }

  /** Deletes a folder and everything in it, following no link; what is already gone is no error. */
  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.deleteIfExists(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path folder, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.deleteIfExists(folder);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** Puts a folder's entries on disk; where a folder cannot be opened to sync (not Linux), does nothing. */
  private static void syncFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Elsewhere a rename is as durable as the system makes it.
    }
  }

  private static void writeInPlace(Path dir, Map<Path, byte[]> files, Predicate<Path> obsolete) throws IOException {
    Map<Path, byte[]> absolute = new LinkedHashMap<>();
    files.forEach((rel, bytes) -> absolute.put(dir.resolve(rel), bytes));
    List<Path> stale = new java.util.ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
        walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && obsolete.test(dir.relativize(p)))
            .forEach(stale::add);
      }
    }
    writeAll(absolute, stale);
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return ((FileSystemException) e).getFile() + ": permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return ((FileSystemException) e).getFile() + ": no such file or folder";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return (fse.getFile() != null ? fse.getFile() + ": " : "") + fse.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * Names the run that made a staging folder, "PID-START-RANDOM" (START the process's start time in
   * milliseconds, base 36, 0 when unknown), so that a run never removes what a live run is
   * writing, and a reused PID does not keep a dead run's leftovers alive.
   */
  private record RunToken(long pid, long start) {
    static final String PATTERN = "[0-9]+-[0-9a-z]+-[0-9a-z]+";
    private static final RunToken CURRENT = of(ProcessHandle.current());

    static RunToken current() {
      return CURRENT;
    }

    static RunToken of(ProcessHandle process) {
      return new RunToken(process.pid(), process.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L));
    }

    String next() {
      return pid + "-" + Long.toString(start, 36) + "-" + Long.toUnsignedString(RANDOM.nextLong(), 36);
    }

    static boolean isAlive(String token) {
      String[] parts = token.split("-");
      long pid;
      long start;
      try {
        pid = Long.parseLong(parts[0]);
        start = Long.parseLong(parts[1], 36);
      } catch (NumberFormatException e) {
        return true; // not a name this class gives: leave it alone
      }
      return ProcessHandle.of(pid).map(RunToken::of)
          .filter(p -> start == 0 || p.start() == 0 || p.start() == start)
          .isPresent();
    }
  }
}
