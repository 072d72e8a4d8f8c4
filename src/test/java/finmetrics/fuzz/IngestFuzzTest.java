package finmetrics.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes ingest and extraction on whole files: any bytes give a document or one error, never an
 * exception, and the document keeps the invariants of {@link FactInvariants}. Seeds: profiles and
 * hostile shapes in src/test/resources/finmetrics/fuzz/IngestFuzzTestInputs.
 */
class IngestFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void wholeFiles(byte[] bytes) {
    FactInvariants.checkFile(bytes);
  }
}
