package finmetrics.ingest;

import finmetrics.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Jekyll-style YAML front matter: a first line {@code ---}, {@code key: value} lines, a closing
 * {@code ---} or {@code ...}. Only top-level scalar fields (and the first item of a list) are
 * kept; that is all the reader needs (company, title).
 *
 * <p>Front matter that is never closed, or whose lines are not YAML (a {@code ---} rule opening a
 * plain document), gets a warning and is not front matter: only its delimiter lines are hidden,
 * so the body is still read and the lines between stay Markdown.
 *
 * @param hidden spans of the text to blank before Markdown parsing (front matter or delimiters)
 * @param fields top-level keys and their raw values, in file order; empty when there is none
 * @param warning why front matter was not used, or null
 */
record FrontMatter(List<Span> hidden, Map<String, String> fields, String warning) {
  private static final FrontMatter NONE = new FrontMatter(List.of(), Map.of(), null);
  private static final Pattern OPEN = Pattern.compile("---[ \\t]*");
  private static final Pattern CLOSE = Pattern.compile("(?:---|\\.\\.\\.)[ \\t]*");
  private static final Pattern KEY_VALUE = Pattern.compile("([A-Za-z0-9_][\\w .-]*?)[ \\t]*:(?:[ \\t]+(.*))?");
  private static final Pattern LIST_ITEM = Pattern.compile("[ \\t]*-(?:[ \\t]+(.*))?");

  static FrontMatter read(String text) {
    List<Span> lines = lines(text, 10_000);
    if (lines.isEmpty() || !OPEN.matcher(at(text, lines.get(0))).matches()) {
      return NONE;
    }
    Map<String, String> fields = new LinkedHashMap<>();
    String lastKey = null;
    String notYaml = null;
    for (int i = 1; i < lines.size(); i++) {
      String line = at(text, lines.get(i));
      if (CLOSE.matcher(line).matches()) {
        if (notYaml != null) {
          return new FrontMatter(
              List.of(lines.get(0), lines.get(i)),
              Map.of(),
              "'---' on line 1 opens no YAML front matter (line " + notYaml + "); read as Markdown");
        }
        return new FrontMatter(List.of(new Span(0, lines.get(i).end())), fields, null);
      }
      if (notYaml != null || line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      var keyValue = KEY_VALUE.matcher(line);
      var item = LIST_ITEM.matcher(line);
      if (keyValue.matches() && balanced(keyValue.group(2))) {
        lastKey = keyValue.group(1);
        String value = keyValue.group(2) == null ? "" : keyValue.group(2).strip();
        fields.putIfAbsent(lastKey, value);
      } else if (item.matches() && lastKey != null && balanced(item.group(1))) {
        if (fields.get(lastKey).isEmpty() && item.group(1) != null) {
          fields.put(lastKey, item.group(1).strip());
        }
      } else if (!Character.isWhitespace(line.charAt(0)) || lastKey == null) {
        notYaml = (i + 1) + " is not 'key: value'";
      }
    }
    return new FrontMatter(
        List.of(lines.get(0)), Map.of(), "front matter opened by '---' on line 1 is never closed; read as Markdown");
  }

  String field(String key) {
    return fields.get(key);
  }

  /** A quoted or bracketed value must close on its line; an unclosed one is not YAML we can read. */
  private static boolean balanced(String value) {
    if (value == null || value.isBlank()) {
      return true;
    }
    String v = value.strip();
    char first = v.charAt(0);
    char last = v.charAt(v.length() - 1);
    switch (first) {
      case '"':
      case '\'':
        return v.length() >= 2 && last == first;
      case '[':
        return last == ']';
      case '{':
        return last == '}';
      default:
        return true;
    }
  }

  /** Spans of the first {@code max} lines, without their line break; front matter is short. */
  private static List<Span> lines(String text, int max) {
    List<Span> lines = new ArrayList<>();
    int start = 0;
    while (start <= text.length() && lines.size() < max) {
      int end = text.indexOf('\n', start);
      int next = end < 0 ? text.length() + 1 : end + 1;
      end = end < 0 ? text.length() : end;
      int trimmed = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
      lines.add(new Span(start, trimmed));
      start = next;
    }
    return lines;
  }

  private static String at(String text, Span span) {
    return text.substring(span.start(), span.end());
  }
}
