package finmetrics.extract;

import finmetrics.model.LexiconExtension;
import finmetrics.model.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A user's own words ({@code --lexicon}) as rules: amounts written with their currency or scale
 * words ("EUR 3 mrd", "12 million zorkmids", "ZMK 4.5 bn"), built from the same {@link Lexicon}
 * fragments as {@link AmountRules} so numbers, brackets and signs read exactly as there (a match
 * that uses no word of the lexicon is left to the built-in rules); and their metric phrases as
 * cue rules placed before the registry's, so that on a tie the user's phrase wins.
 */
public final class ExtensionAmounts {
  public static final ExtensionAmounts NONE = new ExtensionAmounts(LexiconExtension.NONE);
  static final String RULE_ID = "money.lexicon";
  private static final String SPACE = "[ \\u00a0]?";

  private final LexiconExtension words;
  private final List<Pattern> patterns;
  private final List<CueRule> cueRules;
  private final String plantedFailure; // null but in tests: see failingOn

  private ExtensionAmounts(LexiconExtension words) {
    this(words, null);
  }

  private ExtensionAmounts(LexiconExtension words, String plantedFailure) {
    this.words = words;
    this.plantedFailure = plantedFailure;
    List<CueRule> cues = new ArrayList<>();
    int n = 0;
    for (Map.Entry<String, finmetrics.model.Metric> phrase : words.metricPhrases().entrySet()) {
      String regex = Pattern.quote(phrase.getKey()).replace(" ", "\\E\\s+\\Q");
      cues.add(CueRule.metric("cue.lexicon." + (++n), phrase.getValue(), regex));
    }
    cues.addAll(CueRules.ALL);
    this.cueRules = words.metricPhrases().isEmpty() ? CueRules.ALL : List.copyOf(cues);
    List<Pattern> built = new ArrayList<>();
    if (!words.currencies().isEmpty() || !words.scaleWords().isEmpty()) {
      String scale = "(?:" + SPACE + "(?:" + alternatives("userscale", words.scaleWords()) + "|" + Lexicon.SCALE + "))?";
      String currency = alternatives("usercurrency", words.currencies());
      // Before the number: a built-in symbol or code, or a user's currency word.
      built.add(Pattern.compile("(?:" + Lexicon.CURRENCY_SYMBOL + "|" + Lexicon.CURRENCY_CODE_BEFORE + "|" + currency + ")"
          + SPACE + Lexicon.NUMBER_OR_BRACKETED + scale));
      // After the number (and its scale): a built-in currency word, or a user's.
      built.add(Pattern.compile(Lexicon.NUMBER_OR_BRACKETED + scale + SPACE
          + "(?:" + Lexicon.CURRENCY_WORD_AFTER + "|" + currency + ")"));
    }
    this.patterns = List.copyOf(built);
  }

  public static ExtensionAmounts of(LexiconExtension words) {
    return words.currencies().isEmpty() && words.scaleWords().isEmpty() && words.metricPhrases().isEmpty()
        ? NONE
        : new ExtensionAmounts(words);
  }

  /**
   * Test seam, for tests of the extractor's per-sentence guard only: these amounts, except that
   * reading a sentence that contains {@code marker} throws, as a bug in a rule would.
   */
  public static ExtensionAmounts failingOn(String marker, ExtensionAmounts amounts) {
    return new ExtensionAmounts(amounts.words, marker);
  }

  /** The cue rules sentences are read with: the user's metric phrases, then the registry. */
  List<CueRule> cueRules() {
    return cueRules;
  }

  /** The built-in amounts of a sentence plus those only the lexicon reads; longest match wins. */
  List<Mention> addTo(Span span, String text, List<Mention> builtIn) {
    if (plantedFailure != null && text.contains(plantedFailure)) {
      throw new IllegalStateException("failure planted by a test in the sentence at " + span.start());
    }
    if (patterns.isEmpty() || text.chars().noneMatch(c -> c >= '0' && c <= '9')) {
      return builtIn;
    }
    List<Mention> all = new ArrayList<>(builtIn);
    for (Pattern pattern : patterns) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        String userCurrency = m.group("usercurrency");
        String userScale = m.group("userscale");
        if (userCurrency == null && userScale == null) {
          continue;
        }
        all.add(mention(m, span.start(), userCurrency, userScale));
      }
    }
    if (all.size() == builtIn.size()) {
      return builtIn;
    }
    List<String> order = AmountRules.ALL.stream().map(AmountRule::id).toList();
    return Overlaps.resolve(all, Mention::span, x -> x.ruleId().equals(RULE_ID) ? order.size() : order.indexOf(x.ruleId()));
  }

  private Mention mention(Matcher m, int offset, String userCurrency, String userScale) {
    String bracketed = m.group("bracketed");
    BigDecimal value = Lexicon.number(bracketed != null ? bracketed : m.group("number"));
    if (bracketed != null || m.group("minus") != null) {
      value = value.negate();
    }
    BigDecimal factor = userScale != null
        ? words.scaleWords().get(userScale.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))
        : Lexicon.scale(group(m, "scale"));
    String unit;
    if (userCurrency != null) {
      unit = words.currencies().get(userCurrency.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    } else {
      String builtIn = first(group(m, "symbol"), group(m, "code"), group(m, "word"));
      unit = Lexicon.unit(builtIn);
    }
    return new Mention(Mention.Kind.MONEY, value.multiply(factor), unit, new Span(offset + m.start(), offset + m.end()), RULE_ID);
  }

  private static String group(Matcher m, String name) {
    return m.pattern().pattern().contains("<" + name + ">") ? m.group(name) : null;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return "";
  }

  /** The words as one group, longest first so "million zorkmids" wins over "million". */
  private static String alternatives(String group, Map<String, ?> words) {
    if (words.isEmpty()) {
      return "(?<" + group + ">(?!))"; // a group that never matches keeps the pattern's groups fixed
    }
    String body = words.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|"));
    return "(?<" + group + ">(?<![\\p{L}\\d])(?i:" + body + ")(?![\\p{L}\\d]))";
  }
}
