package finmetrics.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks Markdown markup with spaces of the same length, so that offsets into the blanked text
 * are offsets into the file and a matched amount is an exact substring of it.
 */
final class Markup {
  // Emphasis and code markers, table pipes, the "](target)" tail and "[" of a link, and the
  // quote markers opening a line: a character class, not a repeated group, since java.util.regex
  // recurses once per repetition of a group and "> > > …" would overflow the stack.
  private static final Pattern MARKUP = Pattern.compile("\\]\\([^)\\s]*\\)|!?\\[|[*_`|]|^[ \\t]*>[> \\t]*", Pattern.MULTILINE);

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
