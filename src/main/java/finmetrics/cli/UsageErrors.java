package finmetrics.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error: what was wrong, a suggestion for a mistyped option or command ("Did you mean:
 * --out?"), the synopsis and where the full help is; exit 2.
 */
final class UsageErrors implements IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cli = ex.getCommandLine();
    PrintWriter err = cli.getErr();
    err.println("finmetrics: " + ex.getMessage());
    if (ex instanceof UnmatchedArgumentException) {
      UnmatchedArgumentException unmatched = (UnmatchedArgumentException) ex;
      if (!UnmatchedArgumentException.printSuggestions(unmatched, err)) {
        List<String> close = closeOptions(cli, unmatched.getUnmatched());
        if (!close.isEmpty()) {
          err.println("Did you mean: " + String.join(" or ", close) + "?");
        }
      }
    }
    err.print("Usage: " + cli.getHelp().synopsis(0));
    err.println("Run '" + cli.getCommandSpec().qualifiedName() + " --help' for the options, exit codes and an example.");
    err.flush();
    return cli.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** Options of the command within two edits of a mistyped one ("--ot" → "--out"). */
  static List<String> closeOptions(CommandLine cli, List<String> unmatched) {
    List<String> close = new ArrayList<>();
    for (String arg : unmatched) {
      if (!arg.startsWith("-")) {
        continue;
      }
      String typed = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      cli.getCommandSpec().options().stream()
          .flatMap(o -> java.util.Arrays.stream(o.names()))
          .filter(name -> name.startsWith("--") && distance(typed, name) <= Math.max(1, Math.min(2, typed.length() / 3)))
          .sorted(Comparator.comparingInt((String name) -> distance(typed, name)).thenComparing(Comparator.naturalOrder()))
          .limit(2)
          .forEach(close::add);
      if (!close.isEmpty()) {
        break;
      }
    }
    return close;
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
