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
    Path controlBytes = dir.resolve("control.md");
    Files.write(controlBytes, new byte[] {'c', 'a', 'f', (byte) 0xE9, 0x01, 0x02});
    Path missing = dir.resolve("missing.md");
    ReadResult result = ProfileReader.read(List.of(good, empty, blank, binary, controlBytes, missing));
    assertEquals(List.of("good.md"), result.documents().stream().map(Document::id).toList());
    List<String> messages = result.errors().stream().map(Diagnostic::format).toList();
    assertEquals(5, messages.size(), messages.toString());
    for (String expected :
        List.of(
            "empty.md: empty file",
            "blank.md: empty file (only whitespace)",
            "blob.md: not a text file (binary content)",
            "control.md: not a text file (binary content)",
            "missing.md: no such file or folder")) {
      assertTrue(messages.stream().anyMatch(m -> m.endsWith(expected)), expected + " in " + messages);
    }
  }

  @Test
  void twoInputsGivingTheSameNameAreBothKeptNamedByThePathTheyWereGivenAs() throws IOException {
    write("y2023/acme.md", "Old.\n");
    write("y2024/acme.md", "New.\n");
    write("y2024/other.md", "Other.\n");
    Path y2023 = dir.resolve("y2023");
    Path y2024 = dir.resolve("y2024");
    String prefix = dir.toString().substring(1) + "/";
    List<String> forward = ids(ProfileReader.read(List.of(y2023, y2024)));
    assertEquals(List.of("other.md", prefix + "y2023/acme.md", prefix + "y2024/acme.md"), forward);
    assertEquals(forward, ids(ProfileReader.read(List.of(y2024, y2023))));
  }

  @Test
  void theSameFileGivenTwiceIsReadOnceWithAWarning() throws IOException {
    Path file = write("in/acme.md", "Text.\n");
    ReadResult result = ProfileReader.read(List.of(dir.resolve("in"), file));
    assertEquals(List.of("acme.md"), ids(result));
    assertEquals(1, result.errors().size(), result.errors().toString());
    assertEquals(Diagnostic.Severity.WARNING, result.errors().get(0).severity());
  }

  @Test
  void aFolderHoldingFinmetricsOutputsIsSkippedWithAWarning() throws IOException {
    write("in/acme.md", "Text.\n");
    write("in/reports/facts.csv", "document\n");
    write("in/reports/report.md", "# Report\n");
    write("in/notes/report.md", "Not an output folder: no facts.csv beside it.\n");
    ReadResult result = ProfileReader.read(List.of(dir.resolve("in")));
    assertEquals(List.of("acme.md", "notes/report.md"), ids(result));
    assertTrue(result.errors().get(0).format().contains("skipped: a finmetrics output folder"), result.errors().toString());
  }

  @Test
  void aSymbolicLinkLoopIsReportedOnceAndNotFollowed() throws IOException {
    write("in/sub/acme.md", "Text.\n");
    Files.createSymbolicLink(dir.resolve("in/sub/loop"), dir.resolve("in"));
    ReadResult result = ProfileReader.read(List.of(dir.resolve("in")));
    assertEquals(List.of("sub/acme.md"), ids(result));
    assertEquals(1, result.errors().size(), result.errors().toString());
    assertTrue(result.errors().get(0).format().endsWith("loop: symbolic link loop, not followed"), result.errors().toString());
  }

  @Test
  void aBrokenSymbolicLinkIsOneErrorAndTheRestIsRead() throws IOException {
    write("in/acme.md", "Text.\n");
    Files.createSymbolicLink(dir.resolve("in/gone.md"), dir.resolve("nowhere.md"));
    ReadResult result = ProfileReader.read(List.of(dir.resolve("in")));
    assertEquals(List.of("acme.md"), ids(result));
    assertTrue(result.errors().get(0).format().endsWith("gone.md: broken symbolic link (its target does not exist)"));
  }

  @Test
  void aFileThatVanishesBetweenListingAndReadingIsOneError() throws IOException {
    Path file = write("in/gone.md", "Text.\n");
    List<Diagnostic> diagnostics = new java.util.ArrayList<>();
    List<ProfileReader.Source> sources = ProfileReader.list(List.of(dir.resolve("in")), diagnostics);
    Files.delete(file);
    assertTrue(ProfileReader.read(sources.get(0), diagnostics).isEmpty());
    assertEquals(List.of(file + ": no such file or folder"), diagnostics.stream().map(Diagnostic::format).toList());
  }

  private static List<String> ids(ReadResult result) {
    return result.documents().stream().map(Document::id).toList();
  }
}
