package finmetrics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as analysts use it beside xsv and jq: standard input and output, JSON, quiet
 * runs, skipped files, counts in words, typo suggestions, --company and --lexicon.
 */
class CommandLineHabitsTest {
  /** Two figures of one made-up company, in a Markdown profile. */
  private static final String PROFILE =
      """
      # Business model of Tarn Valley Mills

      ## Revenue Streams

      Tarn Valley Mills generated revenue of $48.2 million in 2022, up from $41.0 million in 2021.
      """;

  /** A plain-text release whose company is named only in its first sentence. */
  private static final String RELEASE =
      "Saimaa Sensors Oyj reported net sales of EUR 7.4 million for 2023. The order book grew.\n";

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  private static Run run(InputStream in, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = FinMetricsCommand.run(args, in, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private static Run run(String... args) {
    return run(InputStream.nullInputStream(), args);
  }

  private static InputStream stdin(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void dashReadsStandardInputAsOneDocumentNamedByName() {
    Run run = run(stdin(PROFILE), "extract", "-", "--name", "tarn.md");
    assertEquals(0, run.code(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(3, lines.size(), run.out());
    assertTrue(lines.get(1).startsWith("tarn.md,Tarn Valley Mills,revenue,2021,41000000,USD,exact,"), lines.get(1));
    assertTrue(lines.get(2).startsWith("tarn.md,Tarn Valley Mills,revenue,2022,48200000,USD,exact,"), lines.get(2));
  }

  @Test
  void standardInputWithoutANameIsCalledStdin() {
    Run run = run(stdin(PROFILE), "explain", "-");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("stdin:5  Tarn Valley Mills  revenue 2021 = 41000000 USD"), run.out());
  }

  @Test
  void emptyStandardInputIsAnErrorNamingIt() {
    Run run = run(stdin(""), "extract", "-");
    assertEquals(1, run.code());
    assertTrue(run.err().contains("finmetrics: error: -: empty file"), run.err());
  }

  @Test
  void extractWritesToStandardOutputWithoutOut() throws IOException {
    Run run = run("extract", write("tarn.md", PROFILE).toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("document,company,metric,period,value,unit,qualifier,section,line,start,end,evidence,rule\r\n"));
    assertEquals("finmetrics: 2 facts from 1 document\n", run.err());
  }

  @Test
  void outDirWritesTheSameCsvBytesAsStandardOutput() throws IOException {
    Path in = write("tarn.md", PROFILE);
    Run toStdout = run("extract", in.toString());
    Run toDir = run("extract", in.toString(), "--out", dir.resolve("out").toString());
    assertEquals(0, toDir.code(), toDir.err());
    assertEquals(toStdout.out(), Files.readString(dir.resolve("out/facts.csv")));
    assertTrue(toDir.err().contains("wrote " + dir.resolve("out/facts.csv")), toDir.err());
  }

  @Test
  void jsonCarriesEveryCsvFieldWithProvenance() throws IOException {
    Run run = run("extract", write("tarn.md", PROFILE).toString(), "--format", "json");
    assertEquals(0, run.code(), run.err());
    JsonNode facts = new ObjectMapper().readTree(run.out());
    assertEquals(2, facts.size());
    JsonNode first = facts.get(0);
    List<String> fields = new java.util.ArrayList<>();
    first.fieldNames().forEachRemaining(fields::add);
    assertEquals(finmetrics.report.FactsCsvWriter.HEADER, fields);
    assertEquals("Tarn Valley Mills", first.get("company").asText());
    assertEquals("2021", first.get("period").asText());
    assertEquals(41000000L, first.get("value").asLong());
    assertTrue(first.get("value").isIntegralNumber(), "a plain number, not a string or 4.1E+7");
    assertEquals(5, first.get("line").asInt());
    assertEquals("Business model of Tarn Valley Mills > Revenue Streams", first.get("section").asText());
    assertEquals("money.symbol", first.get("rule").asText());
    assertTrue(first.get("evidence").asText().contains("$41.0 million"));
    int start = first.get("start").asInt();
    int end = first.get("end").asInt();
    assertEquals("$41.0 million", PROFILE.substring(start, end));
  }

  @Test
  void jsonLinesIsOneObjectPerLine() throws IOException {
    Path in = write("tarn.md", PROFILE);
    Run run = run("extract", in.toString(), "--format", "jsonl", "--out", dir.resolve("o").toString());
    assertEquals(0, run.code(), run.err());
    List<String> lines = Files.readAllLines(dir.resolve("o/facts.jsonl"));
    assertEquals(2, lines.size());
    ObjectMapper json = new ObjectMapper();
    assertEquals(41000000L, json.readTree(lines.get(0)).get("value").asLong());
    assertEquals(48200000L, json.readTree(lines.get(1)).get("value").asLong());
  }

  @Test
  void aFactWithoutAPeriodHasANullPeriodInJson() throws IOException {
    Path in = write("x.md", "# Business model of Quillon\n\nQuillon's revenue was $3 million.\n");
    JsonNode facts = new ObjectMapper().readTree(run("extract", in.toString(), "--format", "json").out());
    assertEquals(1, facts.size(), facts.toString());
    assertTrue(facts.get(0).get("period").isNull());
  }

  @Test
  void anUnknownFormatIsAUsageErrorNamingTheChoices() {
    Run run = run("extract", "x.md", "--format", "xml");
    assertEquals(2, run.code());
    assertTrue(run.err().contains("xml"), run.err());
    assertTrue(run.err().contains("CSV, JSON, JSONL"), run.err());
  }

  @Test
  void quietSilencesTheSummaryButNotTheErrors() throws IOException {
    Path in = write("tarn.md", PROFILE);
    assertEquals("", run("extract", in.toString(), "--quiet").err());
    Run missing = run("extract", in.toString(), dir.resolve("gone.md").toString(), "-q");
    assertEquals(1, missing.code());
    assertEquals(1, missing.err().lines().count(), missing.err());
    assertTrue(missing.err().contains("gone.md: no such file or folder"));
  }

  @Test
  void filesSkippedForTheirTypeAreCountedAndNamedAndFailUnderStrict() throws IOException {
    write("in/tarn.md", PROFILE);
    write("in/deck.pdf", "%PDF-1.4");
    write("in/page.html", "<html></html>");
    write("in/sub/book.xlsx", "PK");
    write("in/.hidden", "x");
    Run run = run("extract", dir.resolve("in").toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.err().contains("skipped 3 files that are not text: deck.pdf, page.html, sub/book.xlsx"), run.err());
    assertTrue(run.err().contains("1 warning (use --strict to fail)"), run.err());
    Run strict = run("extract", dir.resolve("in").toString(), "--strict");
    assertEquals(1, strict.code());
    assertTrue(strict.err().contains("1 warning (--strict: failing)"), strict.err());
  }

  @Test
  void oneSkippedFileIsNamedInTheSingular() throws IOException {
    write("one/tarn.md", PROFILE);
    write("one/deck.pdf", "%PDF-1.4");
    Run run = run("extract", dir.resolve("one").toString());
    assertTrue(run.err().contains("skipped 1 file that is not text: deck.pdf"), run.err());
  }

  @Test
  void countsAreInTheSingularAndPluralRight() throws IOException {
    Path one = write("q.md", "# Business model of Quillon\n\nQuillon's revenue was $3 million in 2020.\n");
    assertTrue(run("extract", one.toString()).err().contains("1 fact from 1 document"));
    Path two = write("tarn.md", PROFILE);
    assertTrue(run("extract", one.toString(), two.toString()).err().contains("3 facts from 2 documents"));
    Path none = write("n.md", "Nothing to see.\n");
    assertTrue(run("explain", none.toString()).err().contains("0 facts from 1 document"));
  }

  @Test
  void aMistypedOptionGetsASuggestion() {
    Run run = run("extract", "x.md", "--ot", "dir");
    assertEquals(2, run.code());
    assertTrue(run.err().contains("Unknown option: '--ot'"), run.err());
    assertTrue(run.err().contains("Did you mean: --out?"), run.err());
    Run far = run("extract", "x.md", "--zzzzzz");
    assertFalse(far.err().contains("Did you mean"), far.err());
  }

  @Test
  void aMistypedCommandGetsASuggestion() {
    Run run = run("reprot");
    assertEquals(2, run.code());
    assertTrue(run.err().contains("report"), run.err());
  }

  @Test
  void thePlainTextCompanyComesFromTheFirstSentenceAndCompanyOverridesIt() throws IOException {
    Path release = write("release-2023.txt", RELEASE);
    Run named = run("extract", release.toString());
    assertTrue(named.out().contains("release-2023.txt,Saimaa Sensors Oyj,revenue,2023,7400000,EUR"), named.out());
    Run overridden = run("extract", release.toString(), "--company", "Saimaa");
    assertTrue(overridden.out().contains("release-2023.txt,Saimaa,revenue,2023,7400000,EUR"), overridden.out());
    Run fromStdin = run(stdin(PROFILE), "extract", "-", "--company", "TVM");
    assertTrue(fromStdin.out().contains("stdin,TVM,revenue,2022,48200000"), fromStdin.out());
  }

  @Test
  void aLexiconAddsCurrenciesScaleWordsAndCompanyAliases() throws IOException {
    Path lexicon = write("words.yaml", """
        # Words of our own desk
        currencies:
          zorkmids: ZMK
        scale_words:
          mrd: 1000000000
        company_aliases:
          Brask: Brask Foundry AB
        metric_phrases:
          foundry takings: revenue
        """);
    Path in = write("brask.txt", "Brask posted revenue of 12.5 million zorkmids in 2021. Its operating profit was EUR 1.5 mrd in 2021."
        + " Foundry takings were $2.5 million in 2020.\n");
    Run without = run("extract", in.toString());
    assertFalse(without.out().contains("ZMK"), without.out());
    Run with = run("extract", in.toString(), "--lexicon", lexicon.toString());
    assertEquals(0, with.code(), with.err());
    assertTrue(with.out().contains("brask.txt,Brask Foundry AB,revenue,2021,12500000,ZMK,exact"), with.out());
    assertTrue(with.out().contains("brask.txt,Brask Foundry AB,operating_income,2021,1500000000,EUR,exact"), with.out());
    assertTrue(with.out().contains("brask.txt,Brask Foundry AB,revenue,2020,2500000,USD,exact"), with.out());
    assertFalse(without.out().contains(",2020,"), without.out());
  }

  @Test
  void aLexiconWithABadLineIsOneErrorNamingTheFileAndTheLine() throws IOException {
    Path lexicon = write("bad.tsv", "# kind\tphrase\tvalue\ncurrency\tzorkmids\tZMK\nscale\tmrd\tlots\n");
    Run run = run("extract", write("tarn.md", PROFILE).toString(), "--lexicon", lexicon.toString());
    assertEquals(1, run.code());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().contains("bad.tsv:3: scale 'lots' for 'mrd' is not a number"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void theOutputIsByteIdenticalOnOneThreadAndOnSeveral() throws IOException {
    for (int i = 0; i < 25; i++) {
      write("many/p" + i + ".md", PROFILE.replace("Tarn Valley Mills", "Tarn " + i).repeat(1 + i % 4));
    }
    String folder = dir.resolve("many").toString();
    for (String format : List.of("csv", "json", "jsonl")) {
      Run one = run("extract", folder, "--threads", "1", "--format", format);
      Run two = run("extract", folder, "--threads", "2", "--format", format);
      Run six = run("extract", folder, "--threads", "6", "--format", format);
      assertEquals(0, one.code(), one.err());
      assertEquals(one.out(), two.out(), format);
      assertEquals(one.out(), six.out(), format);
    }
    assertEquals(2, run("extract", folder, "--threads", "0").code());
  }
}
