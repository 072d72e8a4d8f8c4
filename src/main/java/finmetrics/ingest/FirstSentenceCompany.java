package finmetrics.ingest;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The company a plain-text document names in its first sentence, as press releases do: "Kallio
 * Robotics Oyj reported …", "HELSINKI, March 3 - Nordvik ASA said …". A name counts when it ends
 * in a legal form (Oyj, AB, Inc., plc …) or is followed by a reporting verb; a sentence that opens
 * with an ordinary word ("The company reported …", "Net sales rose …") names no one.
 */
final class FirstSentenceCompany {
  private static final String WORD = "(?:[A-Z][\\p{L}\\d&'.-]*|[A-Z]{2,}|&)";
  private static final String LEGAL_FORM =
      "(?:Oyj|Oy|Abp|AB|publ|ASA|AS|A/S|AG|SE|SA|S\\.A\\.|NV|N\\.V\\.|BV|plc|PLC|Inc\\.?|Incorporated|Corp\\.?"
          + "|Corporation|Co\\.|Ltd\\.?|Limited|LLC|GmbH|SpA|S\\.p\\.A\\.|Group|Holdings?|Bhd)";
  private static final String VERB =
      "(?:reported|reports|said|says|announced|announces|posted|posts|generated|generates|recorded|records"
          + "|booked|books|had|has|saw|sees|achieved|achieves|delivered|delivers|expects|grew|increased|raised|today)";
  /** "HELSINKI, March 3 (Reuters) - " and similar datelines before the first sentence. */
  private static final Pattern DATELINE = Pattern.compile("^[A-Z][A-Z .'-]+,[^.\\n]{0,40}?\\s[-\u2013\u2014]{1,2}\\s+");
  private static final Pattern WITH_FORM =
      Pattern.compile("^(" + WORD + "(?:\\s+" + WORD + "){0,5}?\\s+" + LEGAL_FORM + ")(?=[\\s,.;:(]|$)");
  private static final Pattern BEFORE_VERB =
      Pattern.compile("^(" + WORD + "(?:\\s+" + WORD + "){0,4}?),?\\s+(?:\\(\\S+\\)\\s+)?" + VERB + "\\b");
  private static final Set<String> ORDINARY_OPENERS =
      Set.of("The", "A", "An", "In", "On", "For", "During", "At", "Its", "Our", "We", "It", "This", "These", "That",
          "Net", "Total", "Sales", "Revenue", "Revenues", "Operating", "Profit", "Company", "Shares", "Analysts",
          "Full-year", "Quarterly", "First", "Second", "Third", "Fourth", "Group", "Management", "He", "She", "They");

  private FirstSentenceCompany() {}

  /** The company named at the start of {@code text}, or null when it names none. */
  static String of(String text) {
    String start = text.strip();
    Matcher dateline = DATELINE.matcher(start);
    if (dateline.find()) {
      start = start.substring(dateline.end());
    }
    String name = match(WITH_FORM, start);
    if (name == null) {
      name = match(BEFORE_VERB, start);
    }
    if (name == null || ORDINARY_OPENERS.contains(name.split("\\s+")[0])) {
      return null;
    }
    return name.endsWith(",") ? name.substring(0, name.length() - 1) : name;
  }

  private static String match(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? m.group(1).trim() : null;
  }
}
