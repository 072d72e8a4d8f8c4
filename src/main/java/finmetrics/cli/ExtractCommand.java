package finmetrics.cli;

import finmetrics.Pipeline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code finmetrics extract}: facts only, as facts.csv. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Finds every stated financial figure in the documents and writes them to DIR/facts.csv.",
      "A folder means every .md, .markdown and .txt file below it. Files that cannot be read are"
          + " reported and skipped; the others are still processed."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Success.",
      "1:A file could not be read or facts.csv could not be written.",
      "2:Usage error."
    },
    footer = {"", "Example:", "  finmetrics extract seeds --out out    # writes out/facts.csv"})
final class ExtractCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to read.")
  List<Path> inputs;

  @Option(
      names = {"-o", "--out"},
      required = true,
      paramLabel = "DIR",
      description = "Folder to write facts.csv into, created if missing; '-' writes the CSV to"
          + " standard output.")
  String out;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Pipeline.Outcome outcome = Pipeline.extract(inputs);
    Diagnostics.print(outcome.diagnostics(), spec.commandLine().getErr(), false);
    if (outcome.documents().isEmpty() && outcome.hasErrors()) {
      return 1; // nothing was read: leave any previous output alone
    }
    boolean toStdout = out.equals("-");
    byte[] csv = Pipeline.writeFacts(outcome, toStdout ? null : Path.of(out));
    if (toStdout) {
      spec.commandLine().getOut().print(new String(csv, StandardCharsets.UTF_8));
      spec.commandLine().getOut().flush();
    }
    return outcome.hasErrors() ? 1 : 0;
  }
}
