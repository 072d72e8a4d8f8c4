package finmetrics.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks Markdown markup with spaces of the same length, so that offsets into the blanked text
 * are offsets into the file and a matched amount is an exact substring of it.
 */
final class Markup {
  // Emphasis and code markers, table pipes, and the "](target)" tail and "[" of a link.
  private static final Pattern MARKUP = Pattern.compile("\\]\\([^)\\s]*\\)|!?\\[|[*_`|]|^\\s*>", Pattern.MULTILINE);

  private Markup() {}

  static String blank(String source) {
    Matcher m = MARKUP.matcher(source);
    StringBuilder out = new StringBuilder(source);
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        if (!Character.isWhitespace(out.charAt(i))) {
          out.setCharAt(i, ' ');
        }
      }
    }
    return out.toString();
  }
}
