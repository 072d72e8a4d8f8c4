package finmetrics.cli;

import finmetrics.Pipeline;
import finmetrics.model.Diagnostic;
import finmetrics.report.ChartFormat;
import finmetrics.report.ChartWriter;
import finmetrics.report.ReportOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code finmetrics report}: the main job, from documents to a comparison report. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Extracts the figures, derives margins, growth and cost mix, and writes facts.csv,"
          + " metrics.csv, comparison.csv, finmetrics.xlsx, finmetrics.pptx, charts/, report.md and report.html.",
      "Everything is computed before anything is written, and DIR is replaced as a whole (your own"
          + " files in it are kept), so a failure or a kill leaves DIR as it was."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Success.",
      "1:A file could not be read, an output could not be written, or a warning under --strict.",
      "2:Usage error."
    },
    footer = {"", "Example:", "  finmetrics report seeds --out reports --charts png"})
final class ReportCommand implements Callable<Integer> {

  /** The choices of --charts; NONE writes no charts. */
  enum Charts {
    PNG,
    SVG,
    NONE
  }

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Files or folders to read (default: seeds); '-' is standard input.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      defaultValue = "reports",
      description = "Folder to write the outputs into, created if missing and replaced as a whole; files"
          + " of your own in it are kept (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--charts",
      split = ",",
      paramLabel = "FORMAT",
      defaultValue = "png,svg",
      description = "Chart formats, comma-separated: png, svg, or none (default: ${DEFAULT-VALUE}).")
  List<Charts> charts;

  @Mixin InputOptions input;

  @CommandLine.ParentCommand FinMetricsCommand parent;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "10",
      description = "Charts draw the N companies with the largest revenue (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--companies",
      split = ",",
      paramLabel = "NAME",
      description = "Charts draw only these companies, comma-separated (overrides --top).")
  List<String> companies = new ArrayList<>();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (top < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--top must be at least 1, not " + top);
    }
    CommandLine cli = spec.commandLine();
    List<String> arguments = inputs.isEmpty() ? List.of("seeds") : inputs;
    Pipeline.Options options = input.options(cli);
    Pipeline.Stdin stdin = input.stdin(arguments, parent.in());
    Pipeline.Progress progress = ProgressDisplay.forRun("report", input.quiet);
    Pipeline.Outcome outcome;
    try {
      outcome = Pipeline.extract(InputOptions.paths(arguments), stdin, options, progress);
    } finally {
      ProgressDisplay.close(progress);
    }
    Diagnostics diagnostics = new Diagnostics(cli.getErr(), input.strict);
    if (outcome.documents().isEmpty() && outcome.hasErrors()) {
      diagnostics.print(outcome.diagnostics());
      return 1; // nothing was read: leave the previous report alone
    }
    ReportOptions reportOptions = new ReportOptions(chartFormats(), outcome.documents(),
        new ChartWriter.Selection(top, companies));
    List<Diagnostic> warnings = Pipeline.writeReport(outcome, out, reportOptions);
    List<Diagnostic> all = new ArrayList<>(outcome.diagnostics());
    all.addAll(warnings);
    diagnostics.print(all);
    diagnostics.skipped(outcome.skipped());
    diagnostics.finish();
    if (!input.quiet) {
      cli.getOut().println(
          "finmetrics: " + Words.count(outcome.facts().size(), "fact") + " from "
              + Words.count(outcome.documents().size(), "document") + "; wrote " + out);
      cli.getOut().flush();
    }
    return diagnostics.exitCode();
  }

  private Set<ChartFormat> chartFormats() {
    Set<ChartFormat> formats = EnumSet.noneOf(ChartFormat.class);
    for (Charts c : charts) {
      if (c != Charts.NONE) {
        formats.add(ChartFormat.valueOf(c.name()));
      }
    }
    return formats;
  }
}
