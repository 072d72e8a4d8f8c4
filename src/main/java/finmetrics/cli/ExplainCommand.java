package finmetrics.cli;

import finmetrics.Pipeline;
import finmetrics.model.Fact;
import finmetrics.model.Provenance;
import finmetrics.report.SpreadsheetCsv;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code finmetrics explain}: each fact with the sentence it came from and the rule that read it. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Shows every figure found in the documents with its sentence, the amount marked «…», and the"
          + " rule that read it: the quickest way to see why a figure was or was not extracted.",
      "Writes nothing; reads like 'extract'."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:Success.", "1:A file could not be read.", "2:Usage error."},
    footer = {"", "Example:", "  finmetrics explain seeds/salesforce.md"})
final class ExplainCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to read.")
  List<Path> inputs;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Pipeline.Outcome outcome = Pipeline.extract(inputs);
    Diagnostics.print(outcome.diagnostics(), spec.commandLine().getErr(), false);
    PrintWriter out = spec.commandLine().getOut();
    for (Fact f : outcome.facts()) {
      Provenance p = f.source();
      String period = f.period().toString().isEmpty() ? "(no period)" : f.period().toString();
      out.println(p.documentId() + ":" + p.line() + "  " + f.company() + "  " + f.metric().id() + " " + period + " = "
          + SpreadsheetCsv.plain(f.value()) + " " + f.unit() + " (" + f.qualifier().label() + ")  [" + p.ruleId() + "]");
      out.println("    " + marked(p));
    }
    out.println(outcome.facts().size() + " facts from " + outcome.documents().size() + " documents");
    out.flush();
    return outcome.hasErrors() ? 1 : 0;
  }

  /** The sentence with its amount between « and ». */
  private static String marked(Provenance p) {
    String amount = p.matchedText().strip().replaceAll("\\s+", " ");
    int at = p.evidence().indexOf(amount);
    return at < 0 ? p.evidence() : p.evidence().substring(0, at) + "«" + amount + "»" + p.evidence().substring(at + amount.length());
  }
}
