package finmetrics.cli;

import finmetrics.Pipeline;
import finmetrics.extract.Extraction;
import finmetrics.model.Fact;
import finmetrics.model.Provenance;
import finmetrics.report.AtomicFiles;
import finmetrics.report.SpreadsheetCsv;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code finmetrics explain}: each fact with the sentence it came from and the rule that read it. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Shows every figure found in the documents with its sentence, the amount marked «…», and the"
          + " rule that read it, then every amount that gave no figure with the reason (a per-share"
          + " value, a change, a forecast, a segment, no metric named …): the quickest way to see why a"
          + " figure was or was not extracted.",
      "Reads like 'extract' ('-' is standard input) and prints to standard output as documents"
          + " finish, or writes DIR/explain.txt with --out DIR."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:Success.", "1:A file could not be read, or a warning under --strict.", "2:Usage error."},
    footer = {"", "Example:", "  finmetrics explain seeds/salesforce.md"})
final class ExplainCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to read; '-' is standard input.")
  List<String> inputs;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      description = "Folder to write explain.txt into; without it, or with '-', standard output.")
  String out;

  @Mixin InputOptions input;

  @CommandLine.ParentCommand FinMetricsCommand parent;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    CommandLine cli = spec.commandLine();
    Pipeline.Options options = input.options(cli);
    Pipeline.Stdin stdin = input.stdin(inputs, parent.in());
    List<Path> paths = InputOptions.paths(inputs);
    Diagnostics diagnostics = new Diagnostics(cli.getErr(), input.strict);
    Pipeline.Progress progress = ProgressDisplay.forRun("explain", input.quiet);
    Pipeline.Summary[] summary = new Pipeline.Summary[1];
    String wrote = null;
    try {
      if (out == null || out.equals("-")) {
        PrintWriter stdout = cli.getOut();
        summary[0] = Pipeline.stream(paths, stdin, options, progress, diagnostics::print, result -> {
          diagnostics.print(result.diagnostics());
          explain(result.facts(), result.unread(), stdout);
          stdout.flush();
          return !stdout.checkError();
        });
      } else {
        Path target = Path.of(out).resolve("explain.txt");
        AtomicFiles.write(target, stream -> {
          PrintWriter file = new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)));
          summary[0] = Pipeline.stream(paths, stdin, options, progress, diagnostics::print, result -> {
            diagnostics.print(result.diagnostics());
            explain(result.facts(), result.unread(), file);
            return true;
          });
          file.flush();
          if (file.checkError()) {
            throw new IOException(target + ": could not be written");
          }
        });
        wrote = target.toString();
      }
    } finally {
      ProgressDisplay.close(progress);
    }
    return Runs.finish(cli, diagnostics, summary[0], input.quiet, wrote);
  }

  /** Each fact with its sentence, then each amount that gave no fact with the reason. */
  static void explain(List<Fact> facts, List<Extraction.Unread> unread, PrintWriter out) {
    explain(facts, out);
    for (Extraction.Unread u : unread) {
      out.print(u.documentId() + ":" + u.line() + "  no fact from " + u.amount().strip().replaceAll("\\s+", " ") + ": " + u.reason() + "\n");
      out.print("    " + marked(u.evidence(), u.amount()) + "\n");
    }
  }

  static void explain(List<Fact> facts, PrintWriter out) {
    for (Fact f : facts) {
      Provenance p = f.source();
      String period = f.period().toString().isEmpty() ? "(no period)" : f.period().toString();
      out.print(p.documentId() + ":" + p.line() + "  " + f.company() + "  " + f.metric().id() + " " + period + " = "
          + SpreadsheetCsv.plain(f.value()) + " " + f.unit() + " (" + f.qualifier().label() + ")  [" + p.ruleId() + "]\n");
      out.print("    " + marked(p) + "\n");
    }
  }

  /** The sentence with its amount between « and ». */
  private static String marked(Provenance p) {
    return marked(p.evidence(), p.matchedText());
  }

  private static String marked(String evidence, String matched) {
    String amount = matched.strip().replaceAll("\\s+", " ");
    int at = evidence.indexOf(amount);
    return at < 0 ? evidence : evidence.substring(0, at) + "«" + amount + "»" + evidence.substring(at + amount.length());
  }
}
