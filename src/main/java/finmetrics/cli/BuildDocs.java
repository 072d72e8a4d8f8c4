package finmetrics.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes the bash/zsh completion script (picocli's AutoComplete) and the man page, both from the
 * commands' own definitions, so neither can drift from {@code --help}. The build runs it at
 * package time: {@code target/finmetrics_completion} and {@code target/finmetrics.1}.
 *
 * <p>The man page is rendered to roff here rather than with picocli-codegen, whose generator
 * writes AsciiDoc and would need Asciidoctor (a Ruby or JRuby toolchain) to become a man page.
 */
public final class BuildDocs {
  static final String COMPLETION = "finmetrics_completion";
  static final String MAN_PAGE = "finmetrics.1";

  private BuildDocs() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "target");
    write(dir);
  }

  static void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(COMPLETION), completion(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(MAN_PAGE), manPage(), StandardCharsets.UTF_8);
  }

  static CommandLine commandLine() {
    return new CommandLine(new FinMetricsCommand());
  }

  static String completion() {
    return AutoComplete.bash("finmetrics", commandLine());
  }

  static String manPage() {
    CommandLine top = commandLine();
    CommandSpec spec = top.getCommandSpec();
    StringBuilder roff = new StringBuilder();
    roff.append(".TH FINMETRICS 1 \"\" \"").append(escape(spec.version()[0])).append("\" \"User Commands\"\n");
    roff.append(".SH NAME\nfinmetrics \\- ").append(escape(lowerFirst(spec.usageMessage().description()[0]))).append('\n');
    roff.append(".SH SYNOPSIS\n");
    for (CommandLine sub : top.getSubcommands().values()) {
      if (!sub.getCommandName().equals("help")) {
        roff.append(".B finmetrics ").append(sub.getCommandName()).append('\n').append(escape(synopsisTail(sub))).append("\n.br\n");
      }
    }
    roff.append(".B finmetrics\n.br\n");
    roff.append(".SH DESCRIPTION\n");
    paragraphs(roff, spec.usageMessage().description());
    roff.append(".SH COMMANDS\n");
    for (CommandLine sub : top.getSubcommands().values()) {
      CommandSpec s = sub.getCommandSpec();
      roff.append(".SS finmetrics ").append(s.name()).append('\n');
      paragraphs(roff, s.usageMessage().description());
      for (PositionalParamSpec p : s.positionalParameters()) {
        roff.append(".TP\n\\fI").append(escape(p.paramLabel())).append("\\fR...\n").append(escape(String.join(" ", p.description()))).append('\n');
      }
      for (OptionSpec o : s.options()) {
        roff.append(".TP\n").append(optionNames(o)).append('\n').append(escape(description(o))).append('\n');
      }
      footer(roff, s);
    }
    roff.append(".SH EXIT STATUS\n");
    for (var code : spec.usageMessage().exitCodeList().entrySet()) {
      roff.append(".TP\n.B ").append(code.getKey().trim()).append('\n').append(escape(code.getValue())).append('\n');
    }
    roff.append(".SH FILES\n.TP\n.I seeds/\nthe bundled profiles: what a bare finmetrics reads in the project folder\n");
    roff.append(".TP\n.I reports/\nwhat a bare finmetrics writes\n");
    roff.append(".SH SEE ALSO\nREADME.md in the project folder: the facts.csv columns, how metrics are derived,"
        + " and how to teach the extractor a new phrasing.\n");
    return roff.toString();
  }

  private static void footer(StringBuilder roff, CommandSpec s) {
    String[] footer = s.usageMessage().footer();
    boolean any = false;
    for (String line : footer) {
      if (line.isBlank() || line.endsWith(":")) {
        continue;
      }
      if (!any) {
        roff.append(".PP\nExample").append(footer.length > 3 ? "s" : "").append(":\n");
        any = true;
      }
      roff.append(".RS\n.nf\n").append(escape(line.strip())).append("\n.fi\n.RE\n");
    }
  }

  private static String synopsisTail(CommandLine sub) {
    String synopsis = sub.getHelp().synopsis(0).replaceAll("\\s+", " ").strip();
    String prefix = "finmetrics " + sub.getCommandName();
    return synopsis.startsWith(prefix) ? synopsis.substring(prefix.length()).strip() : synopsis;
  }

  private static String optionNames(OptionSpec o) {
    StringBuilder names = new StringBuilder();
    for (String name : o.names()) {
      if (names.length() > 0) {
        names.append(", ");
      }
      names.append("\\fB").append(escape(name)).append("\\fR");
    }
    if (o.arity().max() > 0) {
      names.append("=\\fI").append(escape(o.paramLabel())).append("\\fR");
    }
    return names.toString();
  }

  private static String description(OptionSpec o) {
    String text = String.join(" ", o.description());
    String fallback = o.defaultValue() == null ? "" : o.defaultValue();
    return text.replace("${DEFAULT-VALUE}", fallback);
  }

  private static void paragraphs(StringBuilder roff, String[] lines) {
    for (String line : lines) {
      roff.append(".PP\n").append(escape(line)).append('\n');
    }
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }

  /** Roff-safe text: backslashes, hyphens, and a leading dot or quote that would be a request. */
  static String escape(String text) {
    String escaped = text.replace("\\", "\\e").replace("-", "\\-");
    if (escaped.startsWith(".") || escaped.startsWith("'")) {
      escaped = "\\&" + escaped;
    }
    return escaped.replace("\n.", "\n\\&.");
  }
}
