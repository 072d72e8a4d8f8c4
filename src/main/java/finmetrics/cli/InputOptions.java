package finmetrics.cli;

import finmetrics.Pipeline;
import finmetrics.model.LexiconExtension;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options every command shares: what to read and how to talk about it. */
final class InputOptions {
  @Option(
      names = "--name",
      paramLabel = "NAME",
      defaultValue = "stdin",
      description = "Document name of standard input ('-') in outputs and messages (default: ${DEFAULT-VALUE}).")
  String stdinName;

  @Option(
      names = "--company",
      paramLabel = "NAME",
      description = "The company of every document read, instead of the one found in each.")
  String company;

  @Option(
      names = "--lexicon",
      paramLabel = "FILE",
      description = "Your own words, YAML or TSV: currencies, scale words, company aliases and metric"
          + " phrases (see README).")
  Path lexicon;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress bar and no summary line; warnings and errors are still printed.")
  boolean quiet;

  @Option(names = "--strict", description = "Fail (exit 1) on any warning, skipped files included.")
  boolean strict;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Documents processed at once (default: the number of cores). The output does not"
          + " depend on it.")
  Integer threads;

  /** The paths given, without '-'. */
  static List<Path> paths(List<String> arguments) {
    List<Path> paths = new ArrayList<>();
    for (String a : arguments) {
      if (!a.equals("-")) {
        paths.add(Path.of(a));
      }
    }
    return paths;
  }

  /** Standard input when '-' is among the arguments, else null. */
  Pipeline.Stdin stdin(List<String> arguments, InputStream in) throws IOException {
    if (!arguments.contains("-")) {
      return null;
    }
    return new Pipeline.Stdin(stdinName, in.readAllBytes());
  }

  Pipeline.Options options(picocli.CommandLine cli) throws IOException {
    LexiconExtension words = lexicon == null ? LexiconExtension.NONE : LexiconFile.read(lexicon);
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      throw new picocli.CommandLine.ParameterException(
          cli, "--threads must be 1 or more, not " + n);
    }
    return new Pipeline.Options(company, words, n);
  }
}
