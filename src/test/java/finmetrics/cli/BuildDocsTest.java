package finmetrics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion script and the man page the build writes. */
class BuildDocsTest {
  @TempDir Path dir;

  @Test
  void theBuildWritesACompletionScriptAndAManPageForEveryCommandAndOption() throws IOException {
    BuildDocs.main(new String[] {dir.toString()});
    String completion = Files.readString(dir.resolve("finmetrics_completion"));
    assertTrue(completion.contains("complete -F _complete_finmetrics"), "registers the function");
    assertTrue(completion.contains("extract") && completion.contains("explain") && completion.contains("report"));
    assertTrue(completion.contains("--format") && completion.contains("--lexicon") && completion.contains("--quiet"));
    String man = Files.readString(dir.resolve("finmetrics.1"));
    assertTrue(man.startsWith(".TH FINMETRICS 1"), man);
    assertTrue(man.contains(".SS finmetrics extract"), man);
    assertTrue(man.contains("\\fB\\-\\-format\\fR=\\fIFORMAT\\fR"), man);
    assertTrue(man.contains(".SH EXIT STATUS"), man);
  }

  @Test
  void roffEscapingKeepsTextFromBecomingRequests() {
    assertEquals("\\&.md files", BuildDocs.escape(".md files"));
    assertEquals("a\\-b \\e", BuildDocs.escape("a-b \\"));
  }
}
