package finmetrics.bench;

import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks with JMH (any JMH option works: {@code -p input=dense}, {@code -i 10},
 * {@code -h}), then prints each input's throughput in MB/s per core, from its size in bytes and
 * the time per operation JMH measured.
 */
public final class BenchmarkMain {
  private BenchmarkMain() {}

  public static void main(String[] args) throws RunnerException, CommandLineOptionException, java.io.IOException {
    CommandLineOptions given = new CommandLineOptions(args);
    if (given.shouldHelp() || given.shouldList() || given.shouldListProfilers() || given.shouldListResultFormats()) {
      org.openjdk.jmh.Main.main(args);
      return;
    }
    OptionsBuilder options = new OptionsBuilder();
    options.parent(given);
    if (given.getIncludes().isEmpty()) {
      options.include(ExtractorBenchmark.class.getName());
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    System.out.println();
    System.out.println("Extractor throughput (one thread; median and range are of the measurement iterations):");
    for (RunResult result : results) {
      String input = result.getParams().getParam("input");
      long bytes = ExtractorBenchmark.bytes(ExtractorBenchmark.texts(input));
      double msPerOp = toMillis(result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreUnit());
      var stats = result.getPrimaryResult().getStatistics();
      double median = toMillis(stats.getPercentile(50), result.getPrimaryResult().getScoreUnit());
      double slowest = toMillis(stats.getMax(), result.getPrimaryResult().getScoreUnit());
      double fastest = toMillis(stats.getMin(), result.getPrimaryResult().getScoreUnit());
      System.out.printf(Locale.ROOT, "  %-9s %9d bytes/op  %10.1f ms/op (mean)  %8.3f MB/s (median; %.3f-%.3f)%n",
          input, bytes, msPerOp, mbPerSecond(bytes, median), mbPerSecond(bytes, slowest), mbPerSecond(bytes, fastest));
    }
  }

  private static double mbPerSecond(long bytes, double millis) {
    return bytes / 1e6 / (millis / 1e3);
  }

  /** JMH reports in the unit of @OutputTimeUnit, "ms/op" here, or another one given by -tu. */
  private static double toMillis(double score, String unit) {
    String time = unit.replace("/op", "");
    TimeUnit from;
    switch (time) {
      case "ns": from = TimeUnit.NANOSECONDS; break;
      case "us": from = TimeUnit.MICROSECONDS; break;
      case "ms": from = TimeUnit.MILLISECONDS; break;
      case "s": from = TimeUnit.SECONDS; break;
      case "min": from = TimeUnit.MINUTES; break;
      default: throw new IllegalArgumentException("use -bm avgt; cannot read the unit " + unit);
    }
    return score * from.toNanos(1) / 1e6;
  }
}
