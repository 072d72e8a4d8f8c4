package finmetrics.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A path as text, its bytes read as UTF-8 whatever the locale. Under {@code LANG=C} (or a
 * locale that is not installed) Java decodes file names as ASCII and {@code Path.toString()}
 * turns every non-ASCII byte into a replacement character; the path itself keeps the bytes, and
 * its URI shows them percent-encoded, so they are taken from there.
 */
final class PathText {
  private static final boolean NATIVE_IS_UTF8 =
      "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding", "UTF-8"));

  private PathText() {}

  /** The path as given (relative stays relative), '/'-separated. */
  static String of(Path path) {
    String text = path.toString();
    if (NATIVE_IS_UTF8 || isAscii(text)) {
      return text;
    }
    String absolute = fromUri(path.toAbsolutePath());
    if (path.isAbsolute()) {
      return absolute;
    }
    String base = fromUri(Path.of("").toAbsolutePath());
    return absolute.startsWith(base + "/") ? absolute.substring(base.length() + 1) : absolute;
  }

  /** {@code file} relative to {@code root}, '/'-separated. */
  static String relative(Path root, Path file) {
    String relative = root.relativize(file).toString().replace('\\', '/');
    if (NATIVE_IS_UTF8 || isAscii(relative)) {
      return relative;
    }
    String rootText = fromUri(root.toAbsolutePath());
    String fileText = fromUri(file.toAbsolutePath());
    return fileText.startsWith(rootText + "/") ? fileText.substring(rootText.length() + 1) : relative;
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String fromUri(Path absolute) {
    String raw = absolute.toUri().getRawPath();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && i + 2 < raw.length()) {
        bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.write(c);
      }
    }
    String text = new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    return text.length() > 1 && text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }
}
