package finmetrics.ingest;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.AbstractYamlFrontMatterVisitor;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import finmetrics.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Splits one Markdown (or plain-text) file into blocks that keep their offsets and section path. */
final class MarkdownBlocks {
  // Parser instances are immutable once built and safe to share between threads.
  private static final Parser PARSER =
      Parser.builder(
              new MutableDataSet()
                  .set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create(), TablesExtension.create())))
          .build();

  private MarkdownBlocks() {}

  static Document parse(String id, String text) {
    Node root = PARSER.parse(text);
    AbstractYamlFrontMatterVisitor frontMatter = new AbstractYamlFrontMatterVisitor();
    frontMatter.visit(root);
    Walker walker = new Walker(text);
    walker.walk(root);
    String company =
        CompanyName.resolve(walker.headings, first(frontMatter.getData(), "company"), first(frontMatter.getData(), "title"), id);
    return new Document(id, company, text, walker.blocks);
  }

  private static String first(Map<String, List<String>> data, String key) {
    List<String> values = data.get(key);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** Walks the tree recursively: paragraphs inside list items (lazy continuations) are blocks too. */
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

    void walk(Node node) {
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof YamlFrontMatterBlock) {
          continue;
        }
        if (child instanceof Heading) {
          Heading heading = (Heading) child;
          String title = heading.getText().toString().trim();
          trail.tailMap(heading.getLevel(), true).clear();
          trail.put(heading.getLevel(), title);
          headings.add(title);
        } else if (child instanceof Paragraph || child instanceof TableCell) {
          add(child);
        } else {
          walk(child);
        }
      }
    }

    private void add(Node node) {
      int start = node.getStartOffset();
      int end = node.getEndOffset();
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
