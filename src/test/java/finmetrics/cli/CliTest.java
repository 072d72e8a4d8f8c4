package finmetrics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command line as a user would and checks exit codes, messages and outputs. */
class CliTest {
  private static final String PROFILE =
      """
      ---
      title: northwind-traders
      ---

      Businessmodel of Northwind Traders
      ----------------------------------

      ### Revenue Streams

      Northwind Traders generated revenue of $12.5 million in 2021.
      """;

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = FinMetricsCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private Path write(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    return file;
  }

  private Path profile() throws IOException {
    return write("in/northwind.md", PROFILE.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void extractWritesFactsCsvWithTheContractColumnsFirst() throws IOException {
    Path in = profile().getParent();
    Run run = run("extract", in.toString(), "--out", dir.resolve("out").toString());
    assertEquals(0, run.code(), run.err());
    List<String> lines = Files.readAllLines(dir.resolve("out/facts.csv"));
    assertTrue(lines.get(0).startsWith("document,company,metric,period,value,unit,qualifier,"));
    assertTrue(
        lines.get(1).startsWith("northwind.md,Northwind Traders,revenue,2021,12500000,USD,exact,"),
        lines.get(1));
  }

  @Test
  void extractToDashWritesTheCsvToStandardOutput() throws IOException {
    Run run = run("extract", profile().toString(), "--out", "-");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("document,company,metric"), run.out());
    assertTrue(run.out().contains("northwind.md,Northwind Traders,revenue,2021,12500000"));
  }

  @Test
  void aMissingPathIsOneLineNamingItAndTheOtherFilesAreStillProcessed() throws IOException {
    Path missing = dir.resolve("nope.md");
    Run run =
        run("extract", missing.toString(), profile().toString(), "--out", dir.resolve("o").toString());
    assertEquals(1, run.code());
    assertEquals(1, run.err().lines().filter(l -> l.contains("error")).count(), run.err());
    assertTrue(run.err().contains("nope.md"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertTrue(Files.readString(dir.resolve("o/facts.csv")).contains("Northwind Traders"));
  }

  @Test
  void emptyAndBinaryFilesAreReportedByNameWithoutAStackTrace() throws IOException {
    Path empty = write("bad/empty.md", new byte[0]);
    Path binary = write("bad/blob.md", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Run run = run("extract", empty.toString(), binary.toString(), "--out", "-");
    assertEquals(1, run.code());
    assertTrue(run.err().contains("empty.md"), run.err());
    assertTrue(run.err().contains("blob.md"), run.err());
    assertEquals(3, run.err().lines().count(), run.err()); // two errors and the summary line
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void whenNothingCanBeReadNoOutputIsWritten() {
    Run run = run("extract", dir.resolve("nope").toString(), "--out", dir.resolve("o").toString());
    assertEquals(1, run.code());
    assertFalse(Files.exists(dir.resolve("o/facts.csv")));
  }

  @Test
  void explainShowsEachFactWithItsSentenceAndTheAmountMarked() throws IOException {
    Run run = run("explain", profile().toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("northwind.md:10  Northwind Traders  revenue 2021 = 12500000 USD (exact)  [money.symbol]"), run.out());
    assertTrue(run.out().contains("generated revenue of «$12.5 million» in 2021."), run.out());
    assertTrue(run.err().contains("finmetrics: 1 fact from 1 document\n"), run.err());
  }

  @Test
  void explainGivesEveryAmountWithoutAFactItsReason() throws IOException {
    String text = String.join("\n\n",
        "Corvid Labs earned $0.42 per share in 2020.",
        "Revenue increased by $3.1 million to $40.2 million in 2020.",
        "Corvid Labs expects revenue of $45 million in 2021.",
        "Its operating margin was 11% in 2020.",
        "Net income grew 8% to $6.5 million in 2020.",
        "Revenue was $12.4 million in the third quarter, up 4% sequentially.") + "\n";
    Run run = run("explain", write("in/corvid.txt", text.getBytes(StandardCharsets.UTF_8)).toString());
    assertEquals(0, run.code(), run.err());
    String out = run.out();
    assertTrue(out.contains("corvid.txt:1  no fact from $0.42 per share: a per-share value"), out);
    assertTrue(out.contains("corvid.txt:3  no fact from $3.1 million: a change (an increase or decrease), not a level"), out);
    assertTrue(out.contains("corvid.txt:5  no fact from $45 million: a forecast, target, estimate or explanation, not a stated figure"), out);
    assertTrue(out.contains("corvid.txt:7  no fact from 11%: labelled 'operating margin'"), out);
    assertTrue(out.contains("corvid.txt:9  no fact from 8%: growth of net_income: only revenue growth is in the schema"), out);
    assertTrue(out.contains("corvid.txt:11  no fact from 4%: a sequential (quarter-on-quarter) change"), out);
    assertTrue(out.contains("    Corvid Labs expects revenue of «$45 million» in 2021."), out);
    // The amounts that are facts are not listed as unread.
    assertFalse(out.contains("no fact from $40.2 million"), out);
    assertFalse(out.contains("no fact from $6.5 million"), out);
  }

  @Test
  void anOutputFolderThatIsAFileIsOneLineAndExitsOne() throws IOException {
    Path file = write("taken", new byte[] {'x'});
    Run run = run("extract", profile().toString(), "--out", file.toString());
    assertEquals(1, run.code());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().contains("taken: not a folder"), run.err());
  }

  @Test
  void usageErrorsExitTwoWithTheUsageText() {
    Run missingPath = run("extract");
    assertEquals(2, missingPath.code());
    assertTrue(missingPath.err().contains("PATH"), missingPath.err());
    assertTrue(missingPath.err().contains("Usage:"), missingPath.err());

    Run unknown = run("report", "--no-such-option");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("Unknown option"), unknown.err());

    Run badCharts = run("report", "--charts", "gif");
    assertEquals(2, badCharts.code());
    assertTrue(badCharts.err().contains("gif"), badCharts.err());
  }

  @Test
  void helpDescribesTheCommandAndItsExitCodes() {
    Run run = run("report", "--help");
    assertEquals(0, run.code());
    assertTrue(run.out().contains("comparison.csv"), run.out());
    assertTrue(run.out().contains("Exit codes:"), run.out());
  }
}
