package finmetrics.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level command: with no subcommand it runs {@code report} on seeds/ into reports/. */
@Command(
    name = "finmetrics",
    mixinStandardHelpOptions = true,
    version = "finmetrics 0.1.0",
    sortOptions = false,
    description = {
      "Turns prose about companies into financial figures people can compare.",
      "With no command, runs 'report' on seeds/ and writes reports/."
    },
    subcommands = {ReportCommand.class, ExtractCommand.class, ExplainCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Success.",
      "1:An input could not be read, an output could not be written, or a warning under --strict.",
      "2:Usage error: an unknown option or a missing argument."
    },
    footer = {"", "Example:", "  finmetrics report seeds --out reports"})
public final class FinMetricsCommand implements java.util.concurrent.Callable<Integer> {

  @Option(names = "--stacktrace", description = "Print the stack trace of an unexpected error.", scope = CommandLine.ScopeType.INHERIT)
  boolean stacktrace;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private InputStream in = System.in;

  /** Standard input, as the run was given it. */
  InputStream in() {
    return in;
  }

  @Override
  public Integer call() {
    if (!Files.isDirectory(Path.of("seeds"))) {
      // Outside the project there is no main job to run: say how to run one on the user's files.
      CommandLine cli = spec.commandLine();
      cli.usage(cli.getOut());
      cli.getOut().println();
      cli.getOut().println("No seeds/ folder here, so there is no main job to run. To report on your own documents:");
      cli.getOut().println("  finmetrics report PATH... --out DIR");
      cli.getOut().flush();
      return 0;
    }
    // No subcommand: the main job with its defaults.
    return spec.commandLine().getSubcommands().get("report").execute();
  }

  /** Runs the command line with the process's standard input. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, System.in, out, err);
  }

  /** Runs the command line with the given streams and returns the exit code. */
  public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    FinMetricsCommand command = new FinMetricsCommand();
    command.in = in;
    CommandLine cli = new CommandLine(command);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new ErrorHandler());
    cli.setParameterExceptionHandler(new UsageErrors());
    try {
      return cli.execute(args);
    } catch (Error e) {
      // picocli hands only Exceptions to the handler; an Error (out of memory, a failed class
      // initialisation) still gets one line, and the trace only when asked for.
      err.println("finmetrics: internal error: " + ErrorHandler.describe(e) + " (" + e.getClass().getSimpleName() + ")");
      if (java.util.Arrays.asList(args).contains("--stacktrace")) {
        e.printStackTrace(err);
      }
      err.flush();
      return 1;
    }
  }
}
