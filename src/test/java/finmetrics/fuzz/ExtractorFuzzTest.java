package finmetrics.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the extractor on sentences. Under {@code ./mvnw test} it runs its seeds (sentences of the
 * project's corpora in src/test/resources/finmetrics/fuzz/ExtractorFuzzTestInputs) in a JVM of its
 * own, since Jazzer's hooks slow every class loaded after them; {@link FactInvariantsTest} runs
 * every corpus sentence. With {@code JAZZER_FUZZ=1} Jazzer mutates the seeds (README, "Fuzzing").
 */
class ExtractorFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void sentences(FuzzedDataProvider data) {
    FactInvariants.check(FactInvariants.singleBlock(data.consumeRemainingAsString()));
  }
}
