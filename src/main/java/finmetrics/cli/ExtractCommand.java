package finmetrics.cli;

import finmetrics.Pipeline;
import finmetrics.report.AtomicFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code finmetrics extract}: the facts, as CSV, JSON or JSON Lines. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Finds every stated financial figure in the documents and writes them, with their provenance,"
          + " to standard output, or to DIR/facts.csv (.json, .jsonl) with --out DIR.",
      "A folder means every .md, .markdown and .txt file below it; '-' reads standard input as one"
          + " document. Facts stream out in input order (documents by path) as documents finish, so"
          + " memory stays small whatever the corpus. Files that cannot be read are reported and"
          + " skipped; the others are still processed."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Success.",
      "1:A file could not be read, the output could not be written, or a warning under --strict"
          + " (skipped files count).",
      "2:Usage error."
    },
    footer = {
      "",
      "Examples:",
      "  finmetrics extract seeds --out out          # writes out/facts.csv",
      "  finmetrics extract seeds --format jsonl | jq .value",
      "  cat release.txt | finmetrics extract - --name release.txt --company Kallio"
    })
final class ExtractCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to read; '-' is standard input.")
  List<String> inputs;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      description = "Folder to write facts.csv (or facts.json, facts.jsonl) into, created if missing;"
          + " without it, or with '-', the facts go to standard output.")
  String out;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "csv",
      description = "csv, json (one array) or jsonl (one object a line); the same fields in each"
          + " (default: ${DEFAULT-VALUE}).")
  FactFormat format;

  @Mixin InputOptions input;

  @CommandLine.ParentCommand FinMetricsCommand parent;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Nothing could be read: abandon the output file so that any previous one stays. */
  private static final class NothingRead extends IOException {
    private static final long serialVersionUID = 1L;
  }

  @Override
  public Integer call() throws Exception {
    CommandLine cli = spec.commandLine();
    Pipeline.Options options = input.options(cli);
    Pipeline.Stdin stdin = input.stdin(inputs, parent.in());
    List<Path> paths = InputOptions.paths(inputs);
    Diagnostics diagnostics = new Diagnostics(cli.getErr(), input.strict);
    Pipeline.Progress progress = ProgressDisplay.forRun("extract", input.quiet);
    Pipeline.Summary[] summary = new Pipeline.Summary[1];
    String wrote;
    try {
      if (out == null || out.equals("-")) {
        PrintWriter stdout = cli.getOut();
        FactFormat.Writing writing = format.open(stdout);
        summary[0] = Pipeline.stream(paths, stdin, options, progress, diagnostics::print, result -> {
          diagnostics.print(result.diagnostics());
          writing.write(result.facts());
          return !stdout.checkError(); // a closed pipe ends the run quietly
        });
        writing.finish();
        wrote = null;
      } else {
        Path target = Path.of(out).resolve(format.fileName);
        AtomicFiles.write(target, stream -> {
          Writer file = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
          FactFormat.Writing writing = format.open(file);
          summary[0] = Pipeline.stream(paths, stdin, options, progress, diagnostics::print, result -> {
            diagnostics.print(result.diagnostics());
            writing.write(result.facts());
            return true;
          });
          if (summary[0].documents() == 0 && (diagnostics.hasErrors()
              || summary[0].listing().stream().anyMatch(d -> d.severity() == finmetrics.model.Diagnostic.Severity.ERROR))) {
            throw new NothingRead();
          }
          writing.finish();
          file.flush();
        });
        wrote = target.toString();
      }
    } catch (NothingRead e) {
      wrote = null; // the errors are printed below; the previous output is left alone
    } finally {
      ProgressDisplay.close(progress);
    }
    return Runs.finish(cli, diagnostics, summary[0], input.quiet, wrote);
  }
}
