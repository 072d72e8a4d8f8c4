package finmetrics.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whom a profile is about. In order: a "Businessmodel of X" / "Business model of X"
 * heading, front matter {@code company:}, front matter {@code title:} (a slug is title-cased),
 * the first heading, the first sentence when it names a company (plain-text press releases), the
 * file name.
 */
final class CompanyName {
  private static final Pattern BUSINESS_MODEL_OF =
      Pattern.compile("(?i)^business\\s*model\\s+of\\s+(?:the\\s+)?(.+?)[\\s.:]*$");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:[-_][a-z0-9]+)*");

  private CompanyName() {}

  static String resolve(List<String> headings, String frontMatterCompany, String frontMatterTitle, String firstBlock, String documentId) {
    for (String heading : headings) {
      Matcher m = BUSINESS_MODEL_OF.matcher(heading.trim());
      if (m.matches()) {
        return m.group(1).trim();
      }
    }
    if (present(frontMatterCompany)) {
      return unquote(frontMatterCompany);
    }
    if (present(frontMatterTitle)) {
      String title = unquote(frontMatterTitle);
      return SLUG.matcher(title).matches() ? titleCase(title) : title;
    }
    if (!headings.isEmpty() && !headings.get(0).isBlank()) {
      return headings.get(0).trim();
    }
    String named = firstBlock == null ? null : FirstSentenceCompany.of(firstBlock);
    if (named != null) {
      return named;
    }
    String name = documentId.substring(documentId.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static boolean present(String value) {
    return value != null && !unquote(value).isEmpty();
  }

  private static String unquote(String value) {
    String v = value.trim();
    if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
      v = v.substring(1, v.length() - 1).trim();
    }
    return v;
  }

  /** "persistent-systems" → "Persistent Systems". */
  static String titleCase(String slug) {
    StringBuilder out = new StringBuilder();
    for (String word : slug.split("[-_]+")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
    }
    return out.toString();
  }
}
