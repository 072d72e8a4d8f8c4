package finmetrics.ingest;

import finmetrics.model.Diagnostic;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads profiles (Markdown with optional YAML front matter, or plain text) into documents.
 *
 * <p>A folder argument means every .md, .markdown and .txt file below it; its documents are named
 * by their path relative to that folder. A file given directly is named by its file name.
 */
public final class ProfileReader {
  private static final Set<String> EXTENSIONS = Set.of("md", "markdown", "txt");

  private ProfileReader() {}

  /** Reads every file given and every profile below every folder given. */
  public static ReadResult read(List<Path> inputs) {
    // A TreeMap keeps documents sorted by id whatever the argument or walk order.
    TreeMap<String, Document> documents = new TreeMap<>();
    List<Diagnostic> errors = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        readFolder(input, documents, errors);
      } else {
        readFile(input, input.getFileName() == null ? input.toString() : input.getFileName().toString(), documents, errors);
      }
    }
    return new ReadResult(new ArrayList<>(documents.values()), errors);
  }

  private static void readFolder(Path root, TreeMap<String, Document> documents, List<Diagnostic> errors) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).filter(ProfileReader::isProfile).sorted(Comparator.naturalOrder()).toList();
    } catch (IOException e) {
      errors.add(Diagnostic.error(root.toString(), "cannot list folder (" + reason(e) + ")"));
      return;
    }
    for (Path file : files) {
      String id = root.relativize(file).toString().replace('\\', '/');
      readFile(file, id, documents, errors);
    }
  }

  private static boolean isProfile(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  private static void readFile(Path file, String id, TreeMap<String, Document> documents, List<Diagnostic> errors) {
    String label = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      errors.add(Diagnostic.error(label, reason(e)));
      return;
    }
    String problem = problemWith(bytes);
    if (problem != null) {
      errors.add(Diagnostic.error(label, problem));
      return;
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    documents.put(id, MarkdownBlocks.parse(id, text));
  }

  /** Why the bytes are not a profile, or null when they are readable UTF-8 text. */
  static String problemWith(byte[] bytes) {
    if (bytes.length == 0) {
      return "empty file";
    }
    for (byte b : bytes) {
      if (b == 0) {
        return "not a text file (binary content)";
      }
    }
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      return "not UTF-8 text (save it as UTF-8)";
    }
    if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
      return "empty file (only whitespace)";
    }
    return null;
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
