package finmetrics.extract;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/** Named regex fragments that the rules compose, and the tables that turn their words into values. */
final class Lexicon {
  private Lexicon() {}

  /**
   * "351.7", "1,234,567", "1,53,670" (Indian grouping), and the tokenised "193 .3" of news text
   * when a scale word follows; never the tail of a longer number.
   */
  static final String NUMBER =
      "(?<![\\d.,])(?<number>\\d+ \\.\\d+(?=\\s?(?i:mn|m|mln|million|bn|bln|billion)(?![\\p{L}\\d]))"
          + "|\\d{1,3}(?: \\d{3})+(?:\\.\\d+)?(?=\\s?(?i:mn|m|mln|million|bn|bln|billion|thousand)(?![\\p{L}\\d]))"
          + "|\\d{1,3}(?:,\\d{2,3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?![\\d])(?![-–]\\d)(?! \\d{3}\\b)";

  /** The same number written in accounting brackets: "(9.8)". */
  static final String NUMBER_OR_BRACKETED =
      "(?:(?<minus>[-\u2212\u2013])\\s?)?(?:\\(\\s?" + NUMBER.replace("<number>", "<bracketed>") + "\\s?\\)|" + NUMBER + ")";

  /** Scale words; "m" and "k" only glued or spaced right after a number and not starting a word. */
  static final String SCALE =
      "(?<scale>(?i:thousand|million|billion|trillion|mln|mn|mio|bln|bn|crores?|lakhs?|lacs?)|MM|m|k|M|B|K)(?![\\p{L}\\d])";

  /** Currency symbols written before the number. */
  static final String CURRENCY_SYMBOL =
      "(?<symbol>US\\s?\\$|USD\\s?\\$|C\\$|CA\\$|A\\$|AU\\$|S\\$|SG\\$|NZ\\$|HK\\$|R\\$|\\$|€|£|¥|₹|Rs\\.?|Lt|Ls)";

  /** ISO codes and currency words written before the number ("EUR 13.1 mn", "euro86 million"). */
  static final String CURRENCY_CODE_BEFORE =
      "(?<code>(?i:USD|EUR|GBP|SEK|NOK|DKK|ISK|CHF|CNY|RMB|CAD|AUD|NZD|HKD|SGD|INR|JPY|KRW|RUB|HUF|CZK|BRL|MXN|ZAR|LTL|LVL|EEK|PLN|MEUR|MUSD|euros?|SKr))";

  /** Currency words and codes written after the number ("1.7 bln euro", "84 million kroons"). */
  static final String CURRENCY_WORD_AFTER =
      "(?<word>(?i:USD|EUR|GBP|SEK|NOK|DKK|ISK|CHF|CNY|RMB|CAD|AUD|NZD|HKD|SGD|INR|JPY|KRW|RUB|HUF|CZK|BRL|MXN|ZAR|LTL|LVL|EEK|PLN|euros?|skr|nkr|dkr|kroons?|krona|kronor|kroner|lats|litas|zlotys?|zloty|dollars?|pounds sterling|pounds|rupees|yuan|yen|roubles|rubles|forints?|Swiss francs|Singapore dollars|MEUR|MUSD|(?:Swedish|Norwegian|Danish)\\s+(?:kronor|krona|kroner|crowns)|crowns))(?![\\p{L}])";

  private static final Map<String, String> UNITS =
      Map.ofEntries(
          Map.entry("$", "USD"), Map.entry("us$", "USD"), Map.entry("usd$", "USD"), Map.entry("c$", "CAD"), Map.entry("s$", "SGD"), Map.entry("sg$", "SGD"), Map.entry("nz$", "NZD"),
          Map.entry("hk$", "HKD"), Map.entry("r$", "BRL"),
          Map.entry("ca$", "CAD"), Map.entry("a$", "AUD"), Map.entry("au$", "AUD"), Map.entry("€", "EUR"),
          Map.entry("£", "GBP"), Map.entry("¥", "JPY"), Map.entry("₹", "INR"), Map.entry("rs", "INR"),
          Map.entry("rs.", "INR"), Map.entry("lt", "LTL"), Map.entry("ls", "LVL"), Map.entry("euro", "EUR"),
          Map.entry("euros", "EUR"), Map.entry("meur", "EUR"), Map.entry("musd", "USD"), Map.entry("rmb", "CNY"),
          Map.entry("skr", "SEK"), Map.entry("kroon", "EEK"), Map.entry("kroons", "EEK"), Map.entry("krona", "SEK"),
          Map.entry("kronor", "SEK"), Map.entry("lats", "LVL"), Map.entry("litas", "LTL"), Map.entry("zloty", "PLN"),
          Map.entry("zlotys", "PLN"), Map.entry("dollar", "USD"), Map.entry("dollars", "USD"),
          Map.entry("pounds", "GBP"), Map.entry("pounds sterling", "GBP"), Map.entry("rupees", "INR"),
          Map.entry("yuan", "CNY"), Map.entry("yen", "JPY"), Map.entry("nkr", "NOK"), Map.entry("dkr", "DKK"),
          Map.entry("kroner", "NOK"), Map.entry("roubles", "RUB"), Map.entry("rubles", "RUB"),
          Map.entry("forint", "HUF"), Map.entry("forints", "HUF"), Map.entry("swissfrancs", "CHF"),
          Map.entry("swedishkronor", "SEK"), Map.entry("swedishkrona", "SEK"), Map.entry("swedishcrowns", "SEK"),
          Map.entry("norwegiankroner", "NOK"), Map.entry("norwegiancrowns", "NOK"), Map.entry("danishkroner", "DKK"),
          Map.entry("danishcrowns", "DKK"),
          // Bare "crowns" in news is most often the Swedish krona.
          Map.entry("crowns", "SEK"), Map.entry("singaporedollars", "SGD"));

  /** The ISO code of a currency symbol, code or word. */
  static String unit(String currency) {
    String key = currency.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
    if (currency.toLowerCase(Locale.ROOT).equals("pounds sterling")) {
      return "GBP";
    }
    String unit = UNITS.get(key);
    return unit != null ? unit : currency.toUpperCase(Locale.ROOT);
  }

  /** The multiplier of a scale word; ONE when there is none. */
  static BigDecimal scale(String word) {
    if (word == null) {
      return BigDecimal.ONE;
    }
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("thousand") || w.equals("k")) {
      return new BigDecimal("1000");
    }
    if (w.startsWith("lakh") || w.startsWith("lac")) {
      return new BigDecimal("100000");
    }
    if (w.startsWith("crore")) {
      return new BigDecimal("10000000");
    }
    if (w.equals("billion") || w.equals("bn") || w.equals("bln") || w.equals("b")) {
      return new BigDecimal("1000000000");
    }
    if (w.equals("trillion")) {
      return new BigDecimal("1000000000000");
    }
    return new BigDecimal("1000000"); // million, mn, mln, mio, m, MM
  }

  /** "1,234.5" → 1234.5; Indian "1,53,670" → 153670. */
  static BigDecimal number(String digits) {
    return new BigDecimal(digits.replace(",", "").replace(" ", ""));
  }
}
