package finmetrics.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Front matter, broken or not, and files nested too deep for the Markdown parser. */
class MarkdownBlocksTest {
  private static final String SENTENCE = "Revenue was $12.5 million in 2021.";

  private static MarkdownBlocks.Parsed parse(String text) {
    return MarkdownBlocks.parse("case.md", text);
  }

  private static boolean hasBlock(MarkdownBlocks.Parsed parsed, String text) {
    return parsed.document().blocks().stream().anyMatch(b -> b.text().contains(text));
  }

  @Test
  void validFrontMatterGivesItsFieldsAndIsNotABlock() {
    MarkdownBlocks.Parsed p = parse("---\nlayout: post\ntitle: \"Acme Corp\"\ntags:\n  - retail\n---\n\n" + SENTENCE + "\n");
    assertEquals(List.of(), p.warnings());
    assertEquals("Acme Corp", p.document().company());
    assertEquals(1, p.document().blocks().size());
    assertTrue(hasBlock(p, SENTENCE));
  }

  @Test
  void unterminatedFrontMatterWarnsAndTheBodyIsStillRead() {
    MarkdownBlocks.Parsed p = parse("---\ntitle: acme\n\n" + SENTENCE + "\n");
    assertEquals(List.of("front matter opened by '---' on line 1 is never closed; read as Markdown"), p.warnings());
    assertTrue(hasBlock(p, SENTENCE));
  }

  @Test
  void aRuleOnTheFirstLineIsNotFrontMatterAndTheTextUpToTheNextRuleIsStillRead() {
    MarkdownBlocks.Parsed p = parse("---\n" + SENTENCE + "\n---\nMore text.\n");
    assertEquals(List.of("'---' on line 1 opens no YAML front matter (line 2 is not 'key: value'); read as Markdown"), p.warnings());
    assertTrue(hasBlock(p, SENTENCE));
    assertTrue(hasBlock(p, "More text."));
  }

  @Test
  void frontMatterWithAnUnclosedQuoteIsNotYamlAndItsFieldsAreIgnored() {
    MarkdownBlocks.Parsed p = parse("---\ntitle: \"Acme\n---\n\n# Beta Ltd\n\n" + SENTENCE + "\n");
    assertEquals(1, p.warnings().size());
    assertEquals("Beta Ltd", p.document().company());
    assertTrue(hasBlock(p, SENTENCE));
  }

  @Test
  void aUtf8FileWhoseFirstLineIsTheCompanyHeadingKeepsIt() {
    assertEquals("Acme Corp", parse("# Businessmodel of Acme Corp\n\n" + SENTENCE).document().company());
  }

  @Test
  void thousandsOfNestedListsAreReadAsPlainTextInLinearTime() {
    String nested = "- ".repeat(10_000) + SENTENCE + "\n\n" + "Second paragraph.\n";
    MarkdownBlocks.Parsed p = parse(nested);
    assertEquals(1, p.warnings().size(), p.warnings().toString());
    assertTrue(p.warnings().get(0).startsWith("lists or quotes nested 10000 deep"), p.warnings().get(0));
    assertTrue(hasBlock(p, SENTENCE));
    assertTrue(hasBlock(p, "Second paragraph."));
  }

  @Test
  void deepIndentationAndDeepQuotesCountAsNesting() {
    assertEquals(3, MarkdownBlocks.deepestNesting("- a\n  - b\n    - c\n"));
    assertEquals(4, MarkdownBlocks.deepestNesting("> > 1. > x\n"));
    assertEquals(0, MarkdownBlocks.deepestNesting("-5% and *bold*\n"));
    assertTrue(parse("> ".repeat(5_000) + SENTENCE).warnings().get(0).startsWith("lists or quotes nested 5000 deep"));
  }

  @Test
  void shallowNestingIsParsedAsMarkdownWithoutAWarning() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < MarkdownBlocks.MAX_NESTING / 2; i++) {
      text.append("  ".repeat(i)).append("- level ").append(i).append('\n');
    }
    MarkdownBlocks.Parsed p = parse(text.toString());
    assertEquals(List.of(), p.warnings());
    assertTrue(hasBlock(p, "level 19"));
  }

  @Test
  void thousandsOfNestedEmphasisMarkersDoNotOverflowTheStack() {
    String emphasis = "*a ".repeat(5_000) + SENTENCE + " a*".repeat(5_000);
    MarkdownBlocks.Parsed p = parse("# Acme\n\n" + emphasis + "\n");
    assertTrue(hasBlock(p, SENTENCE));
    for (Block b : p.document().blocks()) {
      assertTrue(b.span().end() <= p.document().text().length());
    }
  }
}
