package finmetrics.ingest;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import finmetrics.model.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.TreeMap;

/**
 * Splits one Markdown (or plain-text) file into blocks that keep their offsets and section path.
 *
 * <p>flexmark's block parser costs time quadratic in the nesting of lists and block quotes and
 * recurses once per level, so a hostile file (thousands of nested "- - - -") would hang the run
 * or overflow the stack. A linear scan first measures the deepest nesting of any line; beyond
 * {@link #MAX_NESTING} levels, or if flexmark still overflows, the file is read as plain-text
 * paragraphs (split at blank lines) with a warning, so its sentences are still read.
 */
final class MarkdownBlocks {
  static final int MAX_NESTING = 40;

  // Parser instances are immutable once built and safe to share between threads.
  private static final Parser PARSER =
      Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create())))
          .build();

  /** A parsed document and the warning, if any, about how it had to be read. */
  record Parsed(Document document, List<String> warnings) {}

  private MarkdownBlocks() {}

  static Parsed parse(String id, String text) {
    List<String> warnings = new ArrayList<>();
    FrontMatter frontMatter = FrontMatter.read(text);
    if (frontMatter.warning() != null) {
      warnings.add(frontMatter.warning());
    }
    String body = blank(text, frontMatter.hidden());
    Walker walker = new Walker(body);
    int nesting = deepestNesting(body);
    if (nesting > MAX_NESTING) {
      warnings.add("lists or quotes nested " + nesting + " deep (more than " + MAX_NESTING + "); read as plain text");
      walker.plainParagraphs();
    } else {
      try {
        walker.walk(PARSER.parse(body));
      } catch (StackOverflowError e) {
        warnings.add("too deeply nested for the Markdown parser; read as plain text");
        walker = new Walker(body);
        walker.plainParagraphs();
      }
    }
    String company = CompanyName.resolve(walker.headings, frontMatter.field("company"), frontMatter.field("title"),
        walker.blocks.isEmpty() ? null : walker.blocks.get(0).text(), id);
    return new Parsed(new Document(id, company, text, walker.blocks), warnings);
  }

  /** The text with the given spans blanked (line breaks kept), so offsets do not move. */
  private static String blank(String text, List<Span> spans) {
    if (spans.isEmpty()) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (Span span : spans) {
      for (int i = span.start(); i < span.end(); i++) {
        if (chars[i] != '\n' && chars[i] != '\r') {
          chars[i] = ' ';
        }
      }
    }
    return new String(chars);
  }

  /**
   * The most list markers, quote markers and steps of leading indentation (two columns each)
   * that open any one line; one pass over the text.
   */
  static int deepestNesting(String text) {
    int deepest = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      int depth = 0;
      int columns = 0;
      while (i < n) {
        char c = text.charAt(i);
        if (c == ' ' || c == '\t') {
          if (depth == 0) {
            columns += c == '\t' ? 4 : 1; // indentation before the first marker nests too
          }
          i++;
        } else if (c == '>') {
          depth++;
          i++;
        } else if ((c == '-' || c == '*' || c == '+') && i + 1 < n && isBlank(text.charAt(i + 1))) {
          depth++;
          i++;
        } else {
          int digits = i;
          while (digits < n && digits - i < 9 && Character.isDigit(text.charAt(digits))) {
            digits++;
          }
          if (digits > i && digits + 1 < n && (text.charAt(digits) == '.' || text.charAt(digits) == ')')
              && isBlank(text.charAt(digits + 1))) {
            depth++;
            i = digits + 1;
          } else {
            break;
          }
        }
      }
      deepest = Math.max(deepest, depth + columns / 2);
      int lineEnd = text.indexOf('\n', i);
      i = lineEnd < 0 ? n : lineEnd + 1;
    }
    return deepest;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /** Collects blocks in document order; paragraphs inside list items (lazy continuations) too. */
  private static final class Walker {
    private final String text;
    private final LineIndex lines;
    private final TreeMap<Integer, String> trail = new TreeMap<>();
    final List<String> headings = new ArrayList<>();
    final List<Block> blocks = new ArrayList<>();

    Walker(String text) {
      this.text = text;
      this.lines = new LineIndex(text);
    }

    /** Depth-first, with an explicit stack: the tree may be deeper than the thread's stack. */
    void walk(Node root) {
      Deque<Node> pending = new ArrayDeque<>();
      pushChildren(root, pending);
      while (!pending.isEmpty()) {
        Node node = pending.pop();
        if (node instanceof Heading) {
          Heading heading = (Heading) node;
          String title = heading.getText().toString().trim();
          trail.tailMap(heading.getLevel(), true).clear();
          trail.put(heading.getLevel(), title);
          headings.add(title);
        } else if (node instanceof Paragraph || node instanceof TableCell) {
          add(node.getStartOffset(), node.getEndOffset());
        } else {
          pushChildren(node, pending);
        }
      }
    }

    private static void pushChildren(Node node, Deque<Node> pending) {
      for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
        pending.push(child);
      }
    }

    /** Every run of non-blank lines is one block; no headings, no markup structure. */
    void plainParagraphs() {
      int start = -1;
      int lineStart = 0;
      while (lineStart <= text.length()) {
        int newline = text.indexOf('\n', lineStart);
        int lineEnd = newline < 0 ? text.length() : newline;
        boolean blankLine = text.substring(lineStart, lineEnd).isBlank();
        if (blankLine && start >= 0) {
          add(start, lineStart);
          start = -1;
        } else if (!blankLine && start < 0) {
          start = lineStart;
        }
        if (newline < 0) {
          break;
        }
        lineStart = newline + 1;
      }
      if (start >= 0) {
        add(start, text.length());
      }
    }

    private void add(int start, int end) {
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (end <= start) {
        return;
      }
      String blanked = Markup.blank(text.substring(start, end));
      blocks.add(new Block(String.join(" > ", trail.values()), new Span(start, end), lines.lineOf(start), blanked));
    }
  }
}
