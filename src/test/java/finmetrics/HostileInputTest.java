package finmetrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import finmetrics.cli.FinMetricsCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input battery: every input is generated here, put beside one good profile, and run
 * through the command line. Each must give a correct result or one line naming the file and the
 * problem, with the good profile's facts still written; never a stack trace or a hang. The large
 * cases run at a small size by default so the suite stays fast; {@code src/bench/hostile.sh} runs
 * them at the sizes of issue 11 ({@code -Dhostile.scale=4} multiplies the long runs by 4,
 * {@code -Dhostile.largeMb=50} makes the large file 50 MB, {@code -Dhostile.files=10000}).
 */
@Timeout(120) // a hang guard, not a speed test
class HostileInputTest {
  static final String GOOD_FACT = "good.md,Northwind Traders,revenue,2021,12500000,USD,exact";
  private static final String GOOD =
      "# Businessmodel of Northwind Traders\n\nNorthwind Traders generated revenue of $12.5 million in 2021.\n";
  private static final int SCALE = Integer.getInteger("hostile.scale", 1);
  private static final int LARGE_KB = (int) (Double.parseDouble(System.getProperty("hostile.largeMb", "0.5")) * 1024);
  private static final int FILES = Integer.getInteger("hostile.files", 2_000);

  @TempDir Path dir;

  record Run(int code, String out, String err) {
    /** Standard error without the closing count of warnings and the summary line. */
    List<String> problems() {
      return err.lines().filter(l -> !l.matches("\\d+ warnings? \\(.*") && !l.matches("finmetrics: \\d+ facts? from .*")).toList();
    }
  }

  static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = FinMetricsCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private Path in() throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    if (!Files.exists(in.resolve("good.md"))) {
      Files.writeString(in.resolve("good.md"), GOOD);
    }
    return in;
  }

  private Path write(String name, byte[] content) throws IOException {
    Path file = in().resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    return file;
  }

  private Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private Run extract() throws IOException {
    return cli("extract", in().toString(), "--out", dir.resolve("out").toString());
  }

  private String facts() throws IOException {
    return Files.readString(dir.resolve("out/facts.csv"));
  }

  /** Exit code as expected, the good facts written, and each problem one line naming its file. */
  private void assertContained(Run run, int code, String... namedInProblems) throws IOException {
    assertEquals(code, run.code(), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
    assertFalse(run.err().contains("internal error"), run.err());
    assertTrue(facts().contains(GOOD_FACT), "the good file's fact is missing");
    List<String> problems = run.problems();
    assertEquals(namedInProblems.length, problems.size(), run.err());
    for (int i = 0; i < problems.size(); i++) {
      assertTrue(problems.get(i).contains(namedInProblems[i]), problems.get(i) + " should name " + namedInProblems[i]);
    }
  }

  private static byte[] repeat(String unit, int bytes) {
    return unit.repeat(bytes / unit.length() + 1).substring(0, bytes).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void aZeroByteFileIsOneLine() throws IOException {
    write("empty.md", new byte[0]);
    assertContained(extract(), 1, "empty.md: empty file");
  }

  @Test
  void pngZipAndRandomBytesAreEachOneLine() throws IOException {
    write("image.md", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    write("archive.md", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 'x', 'y'});
    byte[] random = new byte[64 * 1024];
    new Random(11).nextBytes(random);
    write("random.md", random);
    assertContained(extract(), 1, "archive.md: not a text file", "image.md: not a text file", "random.md: not a text file");
  }

  @Test
  void invalidUtf8WithoutControlBytesIsReadAsWindows1252WithAWarning() throws IOException {
    byte[] text = "# Businessmodel of Gamma\n\nGamma had revenue of $3 million in 2019 (caf".getBytes(StandardCharsets.US_ASCII);
    write("gamma.md", concat(text, new byte[] {(byte) 0xC3, '(', ')', '.', '\n'}));
    Run run = extract();
    assertContained(run, 0, "gamma.md: not UTF-8; read as Windows-1252");
    assertTrue(facts().contains("gamma.md,Gamma,revenue,2019,3000000,USD"), facts());
  }

  @Test
  void utf16InBothByteOrdersIsDecodedFromItsByteOrderMark() throws IOException {
    String text = "# Businessmodel of Délice SA\n\nDélice SA had revenue of €8 million in 2020.\n";
    write("le.md", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
    write("be.md", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)));
    assertContained(extract(), 0, "be.md: read as UTF-16BE", "le.md: read as UTF-16LE");
    assertTrue(facts().contains("be.md,Délice SA,revenue,2020,8000000,EUR"), facts());
    assertTrue(facts().contains("le.md,Délice SA,revenue,2020,8000000,EUR"), facts());
  }

  @Test
  void windows1252WithAccentsAndTheEuroSignIsDecoded() throws IOException {
    String text = "# Businessmodel of Société Générale\n\nSociété Générale had revenue of €4.2 billion in 2020.\n";
    write("sg.md", text.getBytes(Charset.forName("windows-1252")));
    assertContained(extract(), 0, "sg.md: not UTF-8; read as Windows-1252");
    assertTrue(facts().contains("sg.md,Société Générale,revenue,2020,4200000000,EUR"), facts());
  }

  @Test
  void aUtf8ByteOrderMarkIsDroppedAndTheCompanyHeadingAfterItKept() throws IOException {
    byte[] text = "# Businessmodel of Acme Corp\n\nAcme Corp had revenue of $9 million in 2018.\n".getBytes(StandardCharsets.UTF_8);
    write("bom.md", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text));
    assertContained(extract(), 0);
    assertTrue(facts().contains("bom.md,Acme Corp,revenue,2018,9000000,USD"), facts());
  }

  @Test
  void crlfAndLoneCrFilesGiveExactLinesAndSpans() throws IOException {
    for (String eol : List.of("\r\n", "\r")) {
      String text = String.join(eol, "# Businessmodel of Delta", "", "Intro.", "", "Delta had revenue", "of $4 million in 2017.", "");
      String name = eol.length() == 2 ? "crlf.md" : "cr.md";
      write(name, text);
      extract();
      CSVRecord fact = records().stream().filter(r -> r.get("document").equals(name)).findFirst().orElseThrow();
      assertEquals("6", fact.get("line"), name);
      int start = Integer.parseInt(fact.get("start"));
      int end = Integer.parseInt(fact.get("end"));
      assertEquals("$4 million", text.substring(start, end), name);
    }
    assertContained(extract(), 0);
  }

  private List<CSVRecord> records() throws IOException {
    try (CSVParser parser = CSVParser.parse(facts(), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      return parser.getRecords();
    }
  }

  @Test
  void aLongRunOfDigitsAndCommasDollarSignsOrOneWordIsReadWithoutHarm() throws IOException {
    int size = 256 * 1024 * SCALE;
    write("digits.md", repeat("1234,567,", size));
    write("dollars.md", repeat("$", size));
    write("word.md", repeat("abcdefghij", size));
    assertContained(extract(), 0);
  }

  @Test
  void aLongRunOfEuroAmountsWithoutASentenceEndIsReadWithoutHarm() throws IOException {
    // 16 KB by default: the linker is quadratic in the amounts of one sentence (see hostile.sh).
    write("eur.md", repeat("EUR 1.2 mn , ", 16 * 1024 * SCALE));
    assertContained(extract(), 0);
  }

  @Test
  void aLargeFileOfProseIsReadWhole() throws IOException {
    StringBuilder text = new StringBuilder("# Businessmodel of Epsilon\n\n");
    int year = 1990;
    while (text.length() < LARGE_KB * 1024L) {
      text.append("Epsilon sells tools to builders and farmers across three continents. ")
          .append("Its customers value service over price. ");
      text.append("Revenue was $").append(year % 90 + 1).append(" million in ").append(year).append(".\n\n");
      year = year == 2030 ? 1990 : year + 1;
    }
    write("large.md", text.toString());
    assertContained(extract(), 0);
    assertTrue(facts().contains("large.md,Epsilon,revenue,2030,"), "the last figures are read too");
  }

  @Test
  void tenThousandNestedListsAndThousandsOfNestedEmphasisNeitherHangNorOverflow() throws IOException {
    write("lists.md", "- ".repeat(10_000) + "Revenue was $7 million in 2016.\n");
    write("quotes.md", "> ".repeat(10_000) + "Revenue was $6 million in 2016.\n");
    write("emphasis.md", "*a _b ".repeat(1_500) + "Revenue was $5 million in 2016." + " b_ a*".repeat(1_500) + "\n");
    assertContained(extract(), 0, "lists.md: lists or quotes nested 10000 deep", "quotes.md: lists or quotes nested 10000 deep");
    assertTrue(facts().contains("lists.md,lists,revenue,2016,7000000,USD"), facts());
    assertTrue(facts().contains("quotes.md,quotes,revenue,2016,6000000,USD"), facts());
  }

  @Test
  void brokenFrontMatterWarnsAndTheBodyIsStillRead() throws IOException {
    write("unterminated.md", "---\ntitle: zeta\n\nZeta had revenue of $2 million in 2015.\n");
    write("invalid.md", "---\ntitle: \"eta\nnot yaml at all\n---\n\nEta had revenue of $3 million in 2015.\n");
    write("rule.md", "---\nTheta had revenue of $4 million in 2015.\n---\n");
    assertContained(extract(), 0, "invalid.md:", "rule.md:", "unterminated.md:");
    String facts = facts();
    for (String value : List.of("2000000", "3000000", "4000000")) {
      assertTrue(facts.contains(",revenue,2015," + value + ",USD"), value + " in " + facts);
    }
  }

  @Test
  void aFolderOfThousandsOfSmallFilesIsReadWhole() throws IOException {
    int files = FILES;
    for (int i = 0; i < files; i++) {
      write(String.format("many/%02d/f%05d.md", i % 100, i), "Revenue was $" + (i + 1) + " million in 2014.\n");
    }
    assertContained(extract(), 0);
    assertEquals(files + 1, records().size());
  }

  @Test
  void aSymbolicLinkLoopIsOneWarningAndTheFolderIsRead() throws IOException {
    write("sub/iota.md", "Revenue was $1 million in 2013.\n");
    Files.createSymbolicLink(in().resolve("sub/back"), in());
    assertContained(extract(), 0, "back: symbolic link loop");
    assertTrue(facts().contains("sub/iota.md,iota,revenue,2013,1000000,USD"), facts());
  }

  @Test
  void filesVanishingDuringTheRunCostOnlyThemselves() throws Exception {
    List<Path> doomed = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      doomed.add(write(String.format("gone/g%04d.md", i), "Revenue was $2 million in 2012.\n"));
    }
    Thread remover = new Thread(() -> doomed.forEach(p -> p.toFile().delete()));
    remover.start();
    Run run = extract();
    remover.join();
    assertTrue(run.code() == 0 || run.code() == 1, run.err());
    for (String line : run.problems()) {
      assertTrue(line.matches("finmetrics: error: .*gone/g\\d{4}\\.md: (no such file or folder|cannot read .*)"), line);
    }
    assertEquals(run.problems().isEmpty() ? 0 : 1, run.code());
    assertTrue(facts().contains(GOOD_FACT));
  }

  @Test
  void theSameNameInTwoFoldersKeepsBoth() throws IOException {
    Path y2023 = dir.resolve("y2023/acme.md");
    Path y2024 = dir.resolve("y2024/acme.md");
    Files.createDirectories(y2023.getParent());
    Files.createDirectories(y2024.getParent());
    Files.writeString(y2023, "# Businessmodel of Acme\n\nRevenue was $1 million in 2023.\n");
    Files.writeString(y2024, "# Businessmodel of Acme\n\nRevenue was $2 million in 2024.\n");
    Run run = cli("extract", y2023.getParent().toString(), y2024.getParent().toString(), "--out", dir.resolve("out").toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(facts().contains("y2023/acme.md,Acme,revenue,2023,1000000"), facts());
    assertTrue(facts().contains("y2024/acme.md,Acme,revenue,2024,2000000"), facts());
  }

  @Test
  void aReportWrittenInsideItsInputFolderIsNotReadBack() throws IOException {
    Path out = in().resolve("reports");
    for (int i = 0; i < 2; i++) {
      Run run = cli("report", in().toString(), "--out", out.toString(), "--charts", "none");
      assertTrue(i == 0 ? run.code() == 0 : run.err().contains("skipped: a finmetrics output folder"), run.err());
    }
    assertEquals(2, Files.readAllLines(out.resolve("facts.csv")).size());
  }

  @Test
  void formulaAndPathLikeCompanyNamesAreNeutralisedAndWriteNothingOutsideTheOutputFolder() throws IOException {
    List<String> names = List.of("=HYPERLINK(\"http://x\",\"y\")", "@SUM(1)", "-2+3", "../../etc/passwd");
    for (int i = 0; i < names.size(); i++) {
      write("c" + i + ".md", "# Businessmodel of " + names.get(i) + "\n\nRevenue was $" + (i + 1) + " million in 2020.\n");
    }
    Path out = dir.resolve("deep/er/out");
    Run run = cli("report", in().toString(), "--out", out.toString(), "--charts", "png,svg");
    assertEquals(0, run.code(), run.err());
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        assertTrue(p.startsWith(in()) || p.startsWith(out), "written outside the output folder: " + p);
      }
    }
    for (String csv : List.of("facts.csv", "metrics.csv", "comparison.csv")) {
      try (CSVParser parser = CSVParser.parse(out.resolve(csv), StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
        for (CSVRecord record : parser) {
          for (String cell : record) {
            String c = cell.startsWith("\uFEFF") ? cell.substring(1) : cell;
            assertFalse(c.matches("(?s)[=+@\\t\\r].*") || c.matches("(?s)-[^0-9].*|-\\d.*[^0-9.].*"), csv + ": " + c);
          }
        }
      }
    }
  }
}
