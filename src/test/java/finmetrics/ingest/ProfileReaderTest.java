package finmetrics.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import finmetrics.model.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading profiles: blocks with exact offsets and section paths, company names, and bad input. */
class ProfileReaderTest {
  private static final String JEKYLL_POST =
      """
      ---
      layout: post
      title: northwind-traders
      ---

      Businessmodel of Northwind Traders
      ----------------------------------

      ### Customer Segments

      Northwind serves **grocers** and delis:

       * Independent grocers;
      * Delicatessens.
       Most of its customers are in Europe.

      ### Revenue Streams

      It generated revenues of $12.5 million in 2021.
      """;

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static Document only(ReadResult result) {
    assertEquals(List.of(), result.errors());
    assertEquals(1, result.documents().size());
    return result.documents().get(0);
  }

  @Test
  void blocksKeepTheirSectionPathAndExactOffsetsIntoTheFile() throws IOException {
    Document doc = only(ProfileReader.read(List.of(write("northwind.md", JEKYLL_POST))));
    Block revenue = doc.blocks().get(doc.blocks().size() - 1);
    assertEquals("Businessmodel of Northwind Traders > Revenue Streams", revenue.sectionPath());
    assertEquals("It generated revenues of $12.5 million in 2021.", doc.text().substring(revenue.span().start(), revenue.span().end()));
    assertEquals(19, revenue.line());
    for (Block b : doc.blocks()) {
      assertEquals(b.text().length(), b.span().length());
    }
  }

  @Test
  void markupIsBlankedWithSpacesOfTheSameLength() throws IOException {
    Document doc = only(ProfileReader.read(List.of(write("northwind.md", JEKYLL_POST))));
    Block first = doc.blocks().get(0);
    assertEquals("Northwind serves   grocers   and delis:", first.text());
  }

  @Test
  void aParagraphThatFollowsABulletListWithoutABlankLineIsNotLost() throws IOException {
    Document doc = only(ProfileReader.read(List.of(write("northwind.md", JEKYLL_POST))));
    assertTrue(doc.blocks().stream().anyMatch(b -> b.text().contains("Most of its customers are in Europe.")),
        doc.blocks().toString());
  }

  @Test
  void theCompanyComesFromTheBusinessModelHeadingFirst() throws IOException {
    assertEquals("Northwind Traders", only(ProfileReader.read(List.of(write("a.md", JEKYLL_POST)))).company());
    assertEquals("Borealis Data", only(ProfileReader.read(List.of(write("b.md", "# Business model of Borealis Data\n\nText.\n")))).company());
  }

  @Test
  void thenFrontMatterCompanyThenATitleSlugTitleCasedThenTheFirstHeadingThenTheFileName() throws IOException {
    assertEquals("Acme Corp", only(ProfileReader.read(List.of(write("c1.md", "---\ncompany: Acme Corp\ntitle: x\n---\n\nText.\n")))).company());
    assertEquals("Persistent Systems", only(ProfileReader.read(List.of(write("c2.md", "---\ntitle: persistent-systems\n---\n\nText.\n")))).company());
    assertEquals("Quarterly Letter", only(ProfileReader.read(List.of(write("c3.md", "# Quarterly Letter\n\nText.\n")))).company());
    assertEquals("delta-oyj", only(ProfileReader.read(List.of(write("delta-oyj.txt", "Plain text only.\n")))).company());
  }

  @Test
  void aFolderGivesEveryProfileBelowItNamedByItsRelativePathInSortedOrder() throws IOException {
    write("in/z.md", "Zed.\n");
    write("in/sub/a.txt", "Alpha.\n");
    write("in/b.markdown", "Bravo.\n");
    write("in/ignored.csv", "x,y\n");
    ReadResult result = ProfileReader.read(List.of(dir.resolve("in")));
    assertEquals(List.of("b.markdown", "sub/a.txt", "z.md"), result.documents().stream().map(Document::id).toList());
  }

  @Test
  void badInputGivesOneErrorPerFileNamingItAndTheOtherFilesAreStillRead() throws IOException {
    Path good = write("good.md", "Fine.\n");
    Path empty = write("empty.md", "");
    Path blank = write("blank.md", "  \n\n");
    Path binary = dir.resolve("blob.md");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1});
    Path latin1 = dir.resolve("latin1.md");
    Files.write(latin1, new byte[] {'c', 'a', 'f', (byte) 0xE9});
    Path missing = dir.resolve("missing.md");
    ReadResult result = ProfileReader.read(List.of(good, empty, blank, binary, latin1, missing));
    assertEquals(List.of("good.md"), result.documents().stream().map(Document::id).toList());
    List<String> messages = result.errors().stream().map(Diagnostic::format).toList();
    assertEquals(5, messages.size(), messages.toString());
    assertTrue(messages.get(0).endsWith("empty.md: empty file"), messages.get(0));
    assertTrue(messages.get(1).endsWith("blank.md: empty file (only whitespace)"), messages.get(1));
    assertTrue(messages.get(2).endsWith("blob.md: not a text file (binary content)"), messages.get(2));
    assertTrue(messages.get(3).endsWith("latin1.md: not UTF-8 text (save it as UTF-8)"), messages.get(3));
    assertTrue(messages.get(4).endsWith("missing.md: no such file or folder"), messages.get(4));
  }
}
