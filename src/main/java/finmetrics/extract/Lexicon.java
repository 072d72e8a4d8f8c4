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
  static final String NUMBER = numberNamed("number") + "(?![-–]\\d)(?! \\d{3}\\b)";

  /** The low end of a range ("5" in "5–7 million"): a number that a dash may follow. */
  static final String RANGE_LOW = numberNamed("low") + "(?! \\d{3}\\b)";

  /** The high end of a range ("7" in "5–7 million"). */
  static final String RANGE_HIGH = numberNamed("high") + "(?![-–]\\d)(?! \\d{3}\\b)";

  private static String numberNamed(String group) {
    // Never the tail of a number written in words and hyphens: "five-point-84 trillion".
    // A dot or comma after a letter is an abbreviation ("Rs.270 crore"), after a digit part of the
    // number; a leading zero starts no number ("$.07" is not $7).
    return "(?<!\\d)(?<![\\d\\s][.,])(?<!\\p{L}-)(?!0\\d)(?<" + group + ">\\d+ \\.\\d+(?=\\s?(?i:mn|m|mln|million|bn|bln|billion)(?![\\p{L}\\d]))"
        // A decimal comma, read only before a scale word: "R4,4 billion", "EUR 1,5 million".
        + "|\\d{1,3},\\d{1,2}(?![\\d,])(?=\\s?(?i:mn|m|mln|million|bn|bln|billion|trillion)(?![\\p{L}\\d]))"
        + "|\\d{1,3}(?: \\d{3})+(?:\\.\\d+)?(?=\\s?(?:(?i:mn|m|mln|million|bn|bln|billion|thousand)|(?-i:[MTK](?:EUR|USD|SEK|NOK|DKK|CHF|GBP)))(?![\\p{L}\\d]))"
        + "|\\d{1,3}(?:,\\d{2,3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?![\\d])";
  }

  /** The same number written in accounting brackets: "(9.8)". */
  static final String NUMBER_OR_BRACKETED =
      "(?:(?<minus>[-\u2212\u2013])\\s?)?(?:\\(\\s?" + NUMBER.replace("<number>", "<bracketed>") + "\\s?\\)|" + NUMBER + ")";

  /** The words of a percentage after its number: "24 percent", "25.3 pct", "29pc". */
  static final String PERCENT_WORD = "(?i:percent|per cent|pct|pc)(?![\\p{L}])";

  /** Scale words; "m" and "k" only glued or spaced right after a number and not starting a word. */
  static final String SCALE =
      "(?<scale>(?i:thousands?|millions?|billions?|trillions?|mln|mn|mio|bln|bn|crores?|cr|lakhs?|lacs?)|MM|m|k|M|B|K)(?![\\p{L}])"
          // A footnote digit may be glued to a full scale word ("$15 million2"), never to a short one.
          + "(?!(?<!(?i:and|ands|ion|ions))\\d)(?!\\d\\d)";

  /** The scale words written out in full, the only ones that may follow a hyphen or a line break. */
  private static final String FULL_SCALE_WORD = "(?i:thousand|million|billion|trillion|crore|lakh)";

  /**
   * What may separate a number from its scale: a space, or before a full scale word a hyphen
   * ("$12-billion") or a line break (a figure wrapped in a slide or table cell: "€2,190.3\nmillion").
   */
  static final String SCALE_GAP =
      "(?:[ \\u00a0]|(?:-|[ \\u00a0]*\\R[ \\u00a0]*)(?=" + FULL_SCALE_WORD + "))?";

  /**
   * Letters that stand for a currency only glued to a figure with a scale: "RM105.9 million"
   * (ringgit), "P2.12 billion" (peso), "R3 620 million" (rand), "N5.4 trillion" (naira).
   */
  private static final String GLUED_LETTER_SYMBOL =
      "(?<![\\p{L}\\d])(?-i:RM|Rp|KSh|P|R|N)(?=\\d[\\d,. ]{0,12}?[ \\u00a0]?(?i:thousand|million|billion|trillion|mln|mn|bln|bn|m|b|k)(?![\\p{L}\\d]))";

  /** Currency symbols written before the number; "$A" is the Australian dollar of older texts. */
  static final String CURRENCY_SYMBOL =
      "(?<symbol>US\\s?\\$|USD\\s?\\$|NT\\$|C\\$|CA\\$|A\\$|AU\\$|S\\$|SG\\$|NZ\\$|HK\\$|R\\$|\\$A(?=\\s?\\d)|\\$|€|£|¥|₹|₩|₽|₱|₺|₪|฿|₦|Rs\\.?|Lt|Ls"
          // Written only right before a figure: "Dh353 million" (dirham), "TL 310 million" (lira), "GH¢ 2.1 billion" (cedi)
          + "|Dhs?(?=[ \\u00a0]?\\d)|TL(?=[ \\u00a0]?\\d)|GH[¢₵](?=[ \\u00a0]?\\d)"
          // "QR3.8bn" (Qatari riyal), "Sh14.8 billion" and "KShs 2 billion" (Kenyan shilling), "GHc 5.1m"
          // (cedi), "Ps. 2,847.4 million" (Mexican peso), "Rp 2.54 trillion" (rupiah), "Tk 120 crore" (taka)
          + "|(?:QR|Sh|K[Ss]hs?\\.?|GHc|Ps\\.|Rp|Tk)(?=[ \\u00a0]?\\d)"
          // Gulf and Egyptian signs: "SR 1.2 billion" (Saudi riyal), "KD 25.4 million" (Kuwaiti dinar),
          // "BD 3.1 million" (Bahraini dinar), "RO 12 million" (Omani rial), "LE 300 million" and "E£ 2 billion"
          + "|(?<![\\p{L}])(?-i:SR|KD|BD|RO|LE|E£)(?=[ \\u00a0]?\\d)"
          // Peso and dollar signs with their country: "Ch$392,300 million", "Col$ 1.2 trillion", "Mex$ 40 million",
          // "RD$ 5 billion", "TT$ 1.1 billion", "J$ 3 billion"; the full-width yen sign "￥7.94 trillion"
          + "|(?<![\\p{L}])(?:Ch|CLP|Col|COP|Mex|MX|RD|TT|J)\\$|\uffe5"
          + "|" + GLUED_LETTER_SYMBOL + ")";


  /**
   * ISO 4217 codes in common use that are also English words ("try", "bob") or rare in prose: read
   * only in capitals.
   */
  private static final String UPPER_CASE_CODES =
      "TWD|THB|IDR|MYR|PHP|VND|TRY|ILS|AED|SAR|QAR|KWD|BHD|OMR|EGP|NGN|KES|GHS|MAD|ARS|CLP|COP|PEN|RON|BGN|HRK|UAH|KZT|PKR|BDT|LKR|TTD|JMD";

  /** Codes with a scale prefix: "MSEK 1,341.3" (millions), "TEUR 850" and "KSEK 900" (thousands). */
  private static final String SCALED_CODES = "[MTK](?:EUR|USD|SEK|NOK|DKK|CHF|GBP)";

  /** ISO codes and currency words written before the number ("EUR 13.1 mn", "euro86 million"). */
  static final String CURRENCY_CODE_BEFORE =
      // Never right after a number: "1,091 MSEK (1,061)" is the figure and its comparative.
      "(?<![\\p{L}])(?<!\\d[ \\u00a0]?)(?<code>(?-i:" + SCALED_CODES + ")|(?i:MEUR|MUSD|USD|EUR|GBP|SEK|NOK|DKK|CHF|CNY|RMB|CAD|AUD|NZD|HKD|SGD|INR|JPY|KRW|RUB|HUF|CZK|BRL|MXN|ZAR|LTL|LVL|EEK|PLN|euros?|SKr)|(?-i:" + UPPER_CASE_CODES + "))";

  /** Dollars of a named country, which override a bare "$" before the number ("$592 million Canadian dollars"). */
  private static final String COUNTRY_DOLLARS =
      "(?:US|U\\.S\\.|American|Canadian|Australian|Singapore|Hong\\s+Kong|New\\s+Zealand|(?:New\\s+)?Taiwan|NT)\\s+dollars?";

  /**
   * Currencies named with their country, or by a word no other currency uses, after the number
   * ("244.4 million Qatari riyals", "5 billion naira"); the country comes first, so that "Egyptian
   * pounds" is not read as sterling. Their codes are in {@link #UNITS}.
   */
  private static final String COUNTRY_WORDS =
      "(?:Qatari|Saudi|Omani)\\s+r(?:iy|i|y)als?|(?:UAE\\s+|Moroccan\\s+)?dirhams?|Egyptian\\s+pounds?|naira|cedis?|(?:Kenyan?|Ugandan|Tanzanian)\\s+shillings?"
          + "|(?:Pakistani|Sri\\s+Lankan|Indian|Nepalese)\\s+rupees?|(?:Mexican|Philippine|Chilean|Colombian|Argentine)\\s+pesos?|(?:Brazilian\\s+)?reais|Brazilian\\s+reals?"
          + "|(?:Turkish\\s+)?liras?|taka|Vietnamese\\s+dong|Malaysian\\s+ringgits?|ringgits"
          + "|(?:Kuwaiti|Bahraini|Jordanian|Tunisian|Algerian|Iraqi|Serbian)\\s+dinars?"
          // Bare "shillings" in business news is most often the Kenyan shilling (as bare "crowns" is the krona),
          // bare "rials" (without the y of the Saudi and Qatari riyal) the Omani rial.
          + "|shillings|rials";

  /**
   * Currency words and codes written after the number ("1.7 bln euro", "84 million kroons"); "won"
   * only after a scale word ("56.1 trillion won"), since it is also a verb.
   */
  static final String CURRENCY_WORD_AFTER =
      "(?<word>(?i:USD|EUR|GBP|SEK|NOK|DKK|ISK|CHF|CNY|RMB|CAD|AUD|NZD|HKD|SGD|INR|JPY|KRW|RUB|HUF|CZK|BRL|MXN|ZAR|LTL|LVL|EEK|PLN|euros?|skr|nkr|dkr|kroons?|krona|kronor|kroner|lats|litas|zlotys?|zloty"
          + "|" + COUNTRY_WORDS
          + "|" + COUNTRY_DOLLARS + "|dollars?|pounds sterling|pounds|rupees|yuan|renminbi|yen|Korean\\s+won|(?<=\\p{L}\\s)won|roubles|rubles|forints?|Swiss francs|baht|ringgit|rupiah|rand|MEUR|MUSD"
          + "|(?:Swedish|Norwegian|Danish)\\s+(?:kronor|krona|kroner|crowns)|crowns)|(?-i:" + SCALED_CODES + "|" + UPPER_CASE_CODES + "))(?![\\p{L}])";

  /** "dollars" written after a dollar amount ("$114.2 million dollars"), naming the country or not. */
  static final String DOLLARS_AFTER = "(?<word>" + COUNTRY_DOLLARS + "|(?i:dollars?))(?![\\p{L}])";

  private static final Map<String, String> UNITS =
      Map.ofEntries(
          Map.entry("$", "USD"), Map.entry("us$", "USD"), Map.entry("usd$", "USD"), Map.entry("c$", "CAD"), Map.entry("s$", "SGD"), Map.entry("sg$", "SGD"), Map.entry("nz$", "NZD"),
          Map.entry("hk$", "HKD"), Map.entry("r$", "BRL"),
          Map.entry("ca$", "CAD"), Map.entry("a$", "AUD"), Map.entry("au$", "AUD"), Map.entry("€", "EUR"),
          Map.entry("£", "GBP"), Map.entry("¥", "JPY"), Map.entry("₹", "INR"), Map.entry("rs", "INR"),
          Map.entry("rs.", "INR"), Map.entry("dh", "AED"), Map.entry("dhs", "AED"), Map.entry("tl", "TRY"), Map.entry("gh¢", "GHS"), Map.entry("gh₵", "GHS"), Map.entry("ghc", "GHS"),
          Map.entry("qr", "QAR"), Map.entry("sh", "KES"), Map.entry("kshs", "KES"), Map.entry("ps.", "MXN"), Map.entry("rp", "IDR"), Map.entry("tk", "BDT"), Map.entry("lt", "LTL"), Map.entry("ls", "LVL"), Map.entry("euro", "EUR"),
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
          Map.entry("crowns", "SEK"), Map.entry("singaporedollars", "SGD"),
          Map.entry("nt$", "TWD"), Map.entry("$a", "AUD"), Map.entry("₩", "KRW"), Map.entry("₽", "RUB"), Map.entry("₱", "PHP"),
          Map.entry("₺", "TRY"), Map.entry("₪", "ILS"), Map.entry("฿", "THB"), Map.entry("won", "KRW"), Map.entry("koreanwon", "KRW"),
          Map.entry("renminbi", "CNY"), Map.entry("baht", "THB"), Map.entry("ringgit", "MYR"), Map.entry("rupiah", "IDR"),
          Map.entry("rand", "ZAR"), Map.entry("usdollars", "USD"), Map.entry("usdollar", "USD"), Map.entry("u.s.dollars", "USD"),
          Map.entry("u.s.dollar", "USD"), Map.entry("americandollars", "USD"), Map.entry("canadiandollars", "CAD"),
          Map.entry("canadiandollar", "CAD"), Map.entry("australiandollars", "AUD"), Map.entry("australiandollar", "AUD"),
          Map.entry("singaporedollar", "SGD"), Map.entry("hongkongdollars", "HKD"), Map.entry("hongkongdollar", "HKD"),
          Map.entry("newzealanddollars", "NZD"), Map.entry("newzealanddollar", "NZD"), Map.entry("taiwandollars", "TWD"),
          Map.entry("newtaiwandollars", "TWD"), Map.entry("ntdollars", "TWD"),
          Map.entry("qataririyal", "QAR"), Map.entry("qatariryal", "QAR"), Map.entry("qatariryals", "QAR"), Map.entry("qataririyals", "QAR"),
          Map.entry("saudiriyal", "SAR"), Map.entry("saudiriyals", "SAR"), Map.entry("saudiryal", "SAR"), Map.entry("saudiryals", "SAR"),
          Map.entry("omanirial", "OMR"), Map.entry("omanirials", "OMR"), Map.entry("qataririal", "QAR"), Map.entry("qataririals", "QAR"),
          Map.entry("saudirial", "SAR"), Map.entry("saudirials", "SAR"), Map.entry("shillings", "KES"), Map.entry("omaniriyal", "OMR"), Map.entry("omaniriyals", "OMR"), Map.entry("omaniryal", "OMR"), Map.entry("omaniryals", "OMR"),
          Map.entry("dirham", "AED"), Map.entry("dirhams", "AED"), Map.entry("uaedirham", "AED"), Map.entry("uaedirhams", "AED"),
          Map.entry("moroccandirham", "MAD"), Map.entry("moroccandirhams", "MAD"), Map.entry("egyptianpound", "EGP"), Map.entry("egyptianpounds", "EGP"),
          Map.entry("naira", "NGN"), Map.entry("cedi", "GHS"), Map.entry("cedis", "GHS"),
          Map.entry("kenyashilling", "KES"), Map.entry("kenyashillings", "KES"), Map.entry("kenyanshilling", "KES"), Map.entry("kenyanshillings", "KES"),
          Map.entry("ugandanshilling", "UGX"), Map.entry("ugandanshillings", "UGX"), Map.entry("tanzanianshilling", "TZS"), Map.entry("tanzanianshillings", "TZS"),
          Map.entry("pakistanirupee", "PKR"), Map.entry("pakistanirupees", "PKR"), Map.entry("srilankanrupee", "LKR"), Map.entry("srilankanrupees", "LKR"),
          Map.entry("indianrupee", "INR"), Map.entry("indianrupees", "INR"), Map.entry("nepaleserupee", "NPR"), Map.entry("nepaleserupees", "NPR"),
          Map.entry("mexicanpeso", "MXN"), Map.entry("mexicanpesos", "MXN"), Map.entry("philippinepeso", "PHP"), Map.entry("philippinepesos", "PHP"),
          Map.entry("chileanpeso", "CLP"), Map.entry("chileanpesos", "CLP"), Map.entry("colombianpeso", "COP"), Map.entry("colombianpesos", "COP"),
          Map.entry("argentinepeso", "ARS"), Map.entry("argentinepesos", "ARS"), Map.entry("reais", "BRL"), Map.entry("brazilianreais", "BRL"),
          Map.entry("brazilianreal", "BRL"), Map.entry("brazilianreals", "BRL"), Map.entry("lira", "TRY"), Map.entry("liras", "TRY"),
          Map.entry("turkishlira", "TRY"), Map.entry("turkishliras", "TRY"), Map.entry("taka", "BDT"), Map.entry("vietnamesedong", "VND"),
          Map.entry("malaysianringgit", "MYR"), Map.entry("malaysianringgits", "MYR"), Map.entry("ringgits", "MYR"),
          Map.entry("kshs.", "KES"), Map.entry("ksh", "KES"), Map.entry("ksh.", "KES"), Map.entry("rials", "OMR"), Map.entry("sr", "SAR"), Map.entry("kd", "KWD"), Map.entry("bd", "BHD"), Map.entry("ro", "OMR"),
          Map.entry("le", "EGP"), Map.entry("e£", "EGP"), Map.entry("ch$", "CLP"), Map.entry("clp$", "CLP"), Map.entry("col$", "COP"),
          Map.entry("cop$", "COP"), Map.entry("mex$", "MXN"), Map.entry("mx$", "MXN"), Map.entry("rd$", "DOP"), Map.entry("tt$", "TTD"),
          Map.entry("j$", "JMD"), Map.entry("\uffe5", "JPY"),
          Map.entry("kuwaitidinar", "KWD"), Map.entry("kuwaitidinars", "KWD"), Map.entry("bahrainidinar", "BHD"), Map.entry("bahrainidinars", "BHD"),
          Map.entry("jordaniandinar", "JOD"), Map.entry("jordaniandinars", "JOD"), Map.entry("tunisiandinar", "TND"), Map.entry("tunisiandinars", "TND"),
          Map.entry("algeriandinar", "DZD"), Map.entry("algeriandinars", "DZD"), Map.entry("iraqidinar", "IQD"), Map.entry("iraqidinars", "IQD"),
          Map.entry("serbiandinar", "RSD"), Map.entry("serbiandinars", "RSD"),
          Map.entry("cent", "USD"), Map.entry("cents", "USD"), Map.entry("pence", "GBP"), Map.entry("p", "GBP"));

  private static final java.util.regex.Pattern DECIMAL_COMMA = java.util.regex.Pattern.compile("\\d{1,3},\\d{1,2}");

  private static final Map<String, String> GLUED_LETTER_UNITS =
      Map.of("RM", "MYR", "Rp", "IDR", "KSh", "KES", "P", "PHP", "R", "ZAR", "N", "NGN", "₦", "NGN");

  private static final java.util.regex.Pattern SCALED_CODE = java.util.regex.Pattern.compile(SCALED_CODES + "|(?i:MEUR|MUSD)");

  /** The ISO code of a currency symbol, code or word; "MSEK" is SEK. */
  static String unit(String currency) {
    if (SCALED_CODE.matcher(currency).matches()) {
      return currency.substring(1).toUpperCase(Locale.ROOT);
    }
    String glued = GLUED_LETTER_UNITS.get(currency);
    if (glued != null) {
      return glued; // by case: "P2.1 billion" is pesos, "90p" pence
    }
    String key = currency.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
    if (currency.toLowerCase(Locale.ROOT).equals("pounds sterling")) {
      return "GBP";
    }
    String unit = UNITS.get(key);
    return unit != null ? unit : currency.toUpperCase(Locale.ROOT);
  }

  /** "cents", "pence", "p": a hundredth of the currency unit. */
  static boolean isMinorUnit(String currency) {
    String c = currency.toLowerCase(Locale.ROOT);
    return c.equals("cent") || c.equals("cents") || c.equals("pence") || currency.equals("p");
  }

  /** The scale a prefixed code implies ("million" for "MSEK", "thousand" for "TEUR"), or null. */
  static String impliedScale(String currency) {
    if (currency == null || !SCALED_CODE.matcher(currency).matches()) {
      return null;
    }
    return Character.toUpperCase(currency.charAt(0)) == 'M' ? "million" : "thousand";
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
    if (w.startsWith("cr")) {
      return new BigDecimal("10000000");
    }
    if (w.startsWith("billion") || w.equals("bn") || w.equals("bln") || w.equals("b")) {
      return new BigDecimal("1000000000");
    }
    if (w.startsWith("trillion")) {
      return new BigDecimal("1000000000000");
    }
    return new BigDecimal("1000000"); // million, mn, mln, mio, m, MM
  }

  /** "1,234.5" → 1234.5; Indian "1,53,670" → 153670; a decimal comma "4,4" → 4.4. */
  static BigDecimal number(String digits) {
    if (DECIMAL_COMMA.matcher(digits).matches()) {
      return new BigDecimal(digits.replace(',', '.'));
    }
    return new BigDecimal(digits.replace(",", "").replace(" ", ""));
  }
}
