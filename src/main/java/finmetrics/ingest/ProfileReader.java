package finmetrics.ingest;

import finmetrics.model.Diagnostic;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads profiles (Markdown with optional YAML front matter, or plain text) into documents.
 *
 * <p>A folder argument means every .md, .markdown and .txt file below it (symbolic links
 * followed, loops reported and not followed, finmetrics' own output folders skipped); its
 * documents are named by their path relative to that folder. A file given directly is named by
 * its file name. When two inputs give the same name, each of them is named instead by the path
 * it was given as ("y2023/acme.md", "y2024/acme.md"); the same file given twice is read once.
 *
 * <p>A problem with one file or folder is one diagnostic naming it; everything else is still read.
 */
public final class ProfileReader {
  private static final Set<String> EXTENSIONS = Set.of("md", "markdown", "txt");

  /** Files beyond this size are refused with one line: their text would not fit a Java string. */
  static final long MAX_FILE_BYTES = 1L << 30;

  /** One file to read and the document id it gets. */
  public record Source(Path file, String id) {}

  private record Candidate(Path file, String id, String qualifiedId) {}

  private ProfileReader() {}

  /** Reads every file given and every profile below every folder given, sorted by id. */
  public static ReadResult read(List<Path> inputs) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Document> documents = new ArrayList<>();
    for (Source source : list(inputs, diagnostics)) {
      read(source, diagnostics).ifPresent(documents::add);
    }
    return new ReadResult(documents, diagnostics);
  }

  /** Every file the inputs name, with unique ids, sorted by id; problems go to diagnostics. */
  public static List<Source> list(List<Path> inputs, List<Diagnostic> diagnostics) {
    return list(inputs, diagnostics, new ArrayList<>());
  }

  /**
   * As {@link #list(List, List)}, and adds to {@code skipped} the files below a folder that are
   * not profiles by their type (hidden files not counted), for the CLI to name them.
   */
  public static List<Source> list(List<Path> inputs, List<Diagnostic> diagnostics, List<String> skipped) {
    List<Candidate> candidates = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        walk(input, candidates, diagnostics, skipped);
      } else {
        String shown = PathText.of(input);
        String name = shown.substring(shown.lastIndexOf('/') + 1);
        candidates.add(new Candidate(input, name, display(input)));
      }
    }
    return uniqueIds(candidates, diagnostics);
  }

  /** Reads one file into a document, or says in one diagnostic why it cannot. */
  public static Optional<Document> read(Source source, List<Diagnostic> diagnostics) {
    String label = PathText.of(source.file());
    try {
      long size = Files.size(source.file());
      if (size > MAX_FILE_BYTES) {
        diagnostics.add(Diagnostic.error(label, "too large (" + megabytes(size) + "; at most " + megabytes(MAX_FILE_BYTES) + ")"));
        return Optional.empty();
      }
      return readBytes(Files.readAllBytes(source.file()), source.id(), label, diagnostics);
    } catch (IOException e) {
      diagnostics.add(Diagnostic.error(label, reason(e)));
    } catch (OutOfMemoryError e) {
      // One huge allocation failed; it is garbage now and the other files can still be read.
      diagnostics.add(Diagnostic.error(label, "too large for the memory Java was given (raise -Xmx)"));
    } catch (RuntimeException | StackOverflowError e) {
      diagnostics.add(Diagnostic.error(label, "internal error in the reader, file skipped: " + e));
    }
    return Optional.empty();
  }

  /**
   * Reads bytes that may not come from a file (standard input, labelled "-") as document {@code
   * id}, or says in one diagnostic naming {@code label} why it cannot. No I/O.
   */
  public static Optional<Document> readBytes(byte[] bytes, String id, String label, List<Diagnostic> diagnostics) {
    try {
      TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
      if (decoded.problem() != null) {
        diagnostics.add(Diagnostic.error(label, decoded.problem()));
        return Optional.empty();
      }
      if (decoded.warning() != null) {
        diagnostics.add(Diagnostic.warning(id, 0, decoded.warning()));
      }
      MarkdownBlocks.Parsed parsed = MarkdownBlocks.parse(id, decoded.text());
      for (String warning : parsed.warnings()) {
        diagnostics.add(Diagnostic.warning(id, 0, warning));
      }
      return Optional.of(parsed.document());
    } catch (RuntimeException | StackOverflowError e) {
      diagnostics.add(Diagnostic.error(label, "internal error in the reader, file skipped: " + e));
      return Optional.empty();
    }
  }

  private static void walk(Path root, List<Candidate> candidates, List<Diagnostic> diagnostics, List<String> skipped) {
    String rootDisplay = display(root);
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (isOutputFolder(dir)) {
            diagnostics.add(Diagnostic.warning(PathText.of(dir), 0, "skipped: a finmetrics output folder (it holds facts.csv and report.md)"));
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (!isProfile(file)) {
            String id = root.relativize(file).toString().replace('\\', '/');
            if (attrs.isRegularFile() && !id.startsWith(".") && !id.contains("/.")) {
              skipped.add(id);
            }
            return FileVisitResult.CONTINUE;
          }
          if (attrs.isRegularFile()) {
            String id = PathText.relative(root, file);
            String qualified = rootDisplay.isEmpty() ? id : rootDisplay + "/" + id;
            candidates.add(new Candidate(file, id, qualified));
          } else if (attrs.isSymbolicLink()) {
            diagnostics.add(Diagnostic.error(PathText.of(file), "broken symbolic link (its target does not exist)"));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          if (e instanceof FileSystemLoopException) {
            diagnostics.add(Diagnostic.warning(PathText.of(file), 0, "symbolic link loop, not followed"));
          } else if (isProfile(file) || !(e instanceof NoSuchFileException)) {
            diagnostics.add(Diagnostic.error(PathText.of(file), "cannot read (" + reason(e) + ")"));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
          if (e != null) {
            diagnostics.add(Diagnostic.error(PathText.of(dir), "cannot list folder (" + reason(e) + ")"));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      diagnostics.add(Diagnostic.error(PathText.of(root), "cannot list folder (" + reason(e) + ")"));
    }
  }

  /** A folder holding the outputs of `report`: reading its report.md back would double facts. */
  private static boolean isOutputFolder(Path dir) {
    return Files.isRegularFile(dir.resolve("facts.csv")) && Files.isRegularFile(dir.resolve("report.md"));
  }

  /**
   * Gives every candidate a unique id: its own when no other candidate has it, else the path it
   * was given as. The same file reached twice under one id is kept once, with a warning.
   */
  private static List<Source> uniqueIds(List<Candidate> candidates, List<Diagnostic> diagnostics) {
    Map<String, List<Candidate>> byId = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      byId.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(c);
    }
    List<Source> sources = new ArrayList<>();
    Map<String, Integer> taken = new LinkedHashMap<>();
    for (List<Candidate> group : byId.values()) {
      List<Candidate> distinct = distinctFiles(group, diagnostics);
      for (Candidate c : distinct) {
        String id = distinct.size() == 1 ? c.id() : c.qualifiedId();
        sources.add(new Source(c.file(), id));
      }
    }
    sources.sort(Comparator.comparing(Source::id).thenComparing(s -> s.file().toAbsolutePath().normalize().toString()));
    // Ids still equal (a path given both relative and absolute, say) get a numbered suffix.
    List<Source> unique = new ArrayList<>();
    for (Source s : sources) {
      int seen = taken.merge(s.id(), 1, Integer::sum);
      unique.add(seen == 1 ? s : new Source(s.file(), s.id() + "~" + seen));
    }
    return unique;
  }

  private static List<Candidate> distinctFiles(List<Candidate> group, List<Diagnostic> diagnostics) {
    if (group.size() == 1) {
      return group;
    }
    Map<Path, Candidate> byRealPath = new LinkedHashMap<>();
    List<Candidate> sorted = new ArrayList<>(group);
    sorted.sort(Comparator.comparing(Candidate::qualifiedId));
    for (Candidate c : sorted) {
      Candidate first = byRealPath.putIfAbsent(realPath(c.file()), c);
      if (first != null) {
        diagnostics.add(Diagnostic.warning(PathText.of(c.file()), 0, "the same file as " + PathText.of(first.file()) + "; read once"));
      }
    }
    return new ArrayList<>(byRealPath.values());
  }

  private static Path realPath(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      return file.toAbsolutePath().normalize();
    }
  }

  /** The path as given, '/'-separated and without a root, so an id is never absolute. */
  private static String display(Path path) {
    String text = PathText.of(path.normalize()).replace('\\', '/');
    while (text.startsWith("/")) {
      text = text.substring(1);
    }
    return text;
  }

  private static boolean isProfile(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return false;
    }
    String s = name.toString();
    int dot = s.lastIndexOf('.');
    return dot > 0 && EXTENSIONS.contains(s.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  private static String megabytes(long bytes) {
    return (bytes >> 20) + " MB";
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
