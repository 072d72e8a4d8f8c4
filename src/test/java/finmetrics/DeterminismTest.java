package finmetrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs of `report` on the bundled seeds give byte-identical CSV, Markdown, HTML, SVG and
 * workbook whatever the run, the order the inputs are given in, the name of their folder, the
 * locale (German, Turkish: its dotless i breaks careless case mapping) and the time zone. Each
 * run is a JVM of its own, since locale and zone are fixed when Java starts.
 */
class DeterminismTest {
  private static final List<String> COMPARED = List.of(".csv", ".md", ".html", ".svg", ".xlsx");

  @TempDir Path dir;

  @Test
  void reportOutputsAreByteIdenticalAcrossRunsInputOrderFolderNameLocaleAndTimeZone() throws Exception {
    Path seeds = copy(Path.of("seeds"), dir.resolve("seeds"));
    Path renamed = copy(Path.of("seeds"), dir.resolve("other name"));
    List<String> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(seeds)) {
      list.map(Path::toString).sorted().forEach(files::add);
    }
    List<String> reversed = new ArrayList<>(files);
    Collections.reverse(reversed);

    Map<String, byte[]> first = run("first", List.of(seeds.toString()), Map.of(), List.of());
    assertTrue(first.keySet().containsAll(List.of("facts.csv", "metrics.csv", "report.md", "report.html")), first.keySet().toString());
    assertSame(first, run("second", List.of(seeds.toString()), Map.of(), List.of()), "a second run");
    assertSame(first, run("reversed", reversed, Map.of(), List.of()), "the files given one by one in reverse order");
    assertSame(first, run("renamed", List.of(renamed.toString()), Map.of(), List.of()), "the folder under another name");
    assertSame(first, run("german", List.of(seeds.toString()), Map.of("LANG", "de_DE.UTF-8"), List.of("-Duser.language=de", "-Duser.country=DE")), "LANG=de_DE.UTF-8");
    assertSame(first, run("turkish", List.of(seeds.toString()), Map.of("LC_ALL", "tr_TR.UTF-8"), List.of("-Duser.language=tr", "-Duser.country=TR")), "LC_ALL=tr_TR.UTF-8");
    assertSame(first, run("kolkata", List.of(seeds.toString()), Map.of("TZ", "Asia/Kolkata"), List.of("-Duser.timezone=Asia/Kolkata")), "TZ=Asia/Kolkata");
  }

  private Map<String, byte[]> run(String name, List<String> inputs, Map<String, String> env, List<String> jvmOptions) throws Exception {
    Path out = dir.resolve("out-" + name);
    List<String> args = new ArrayList<>(List.of("report"));
    args.addAll(inputs);
    args.addAll(List.of("--out", out.toString()));
    Map<String, String> environment = new HashMap<>(env);
    ChildJvm.Result result = ChildJvm.run(ChildJvm.command(jvmOptions, ChildJvm.classpath(), args.toArray(String[]::new)), environment, dir.resolve("logs"));
    assertEquals(0, result.code(), name + ": " + result.err());
    Map<String, byte[]> outputs = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String relative = out.relativize(p).toString();
        if (COMPARED.stream().anyMatch(relative::endsWith)) {
          outputs.put(relative, Files.readAllBytes(p));
        }
      }
    }
    return outputs;
  }

  private static void assertSame(Map<String, byte[]> expected, Map<String, byte[]> actual, String variant) {
    assertEquals(expected.keySet(), actual.keySet(), variant + ": other files");
    for (String file : expected.keySet()) {
      assertArrayEquals(expected.get(file), actual.get(file), variant + ": " + file + " differs");
    }
  }

  private static Path copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> list = Files.list(from)) {
      for (Path p : list.filter(Files::isRegularFile).toList()) {
        Files.copy(p, to.resolve(p.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return to;
  }
}
