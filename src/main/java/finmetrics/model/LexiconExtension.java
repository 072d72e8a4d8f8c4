package finmetrics.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Words a user adds to the extractor's own without changing code ({@code --lexicon FILE}). Keys
 * are lower-case with single spaces; every map is immutable.
 *
 * @param metricPhrases "turnover excluding fuel" → revenue
 * @param currencies a currency word or code written before or after a number → ISO code
 *     ("zorkmids" → "ZMK")
 * @param scaleWords a scale word after a number → its factor ("mrd" → 1000000000)
 * @param companyAliases a company name as documents write it → the name to report it under
 */
public record LexiconExtension(
    Map<String, Metric> metricPhrases,
    Map<String, String> currencies,
    Map<String, BigDecimal> scaleWords,
    Map<String, String> companyAliases) {

  public static final LexiconExtension NONE = new LexiconExtension(Map.of(), Map.of(), Map.of(), Map.of());

  public LexiconExtension {
    metricPhrases = lowerKeys(metricPhrases);
    currencies = lowerKeys(currencies);
    scaleWords = lowerKeys(scaleWords);
    companyAliases = lowerKeys(companyAliases);
  }

  public boolean isEmpty() {
    return metricPhrases.isEmpty() && currencies.isEmpty() && scaleWords.isEmpty() && companyAliases.isEmpty();
  }

  /** The name to report {@code company} under: its alias target, or itself. */
  public String company(String company) {
    String canonical = companyAliases.get(company.strip().toLowerCase(Locale.ROOT));
    return canonical != null ? canonical : company;
  }

  private static <V> Map<String, V> lowerKeys(Map<String, V> map) {
    TreeMap<String, V> lower = new TreeMap<>();
    // Spaces collapsed as the extractor looks words up: "bn  euro" in a file is "bn euro".
    map.forEach((k, v) -> lower.put(k.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT), v));
    return java.util.Collections.unmodifiableMap(lower);
  }
}
