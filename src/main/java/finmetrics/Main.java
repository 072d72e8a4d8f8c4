package finmetrics;

import finmetrics.cli.FinMetricsCommand;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point: runs the command line and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = FinMetricsCommand.run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
