package finmetrics.extract;

import finmetrics.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a block into sentences at ". ", "! " or "? " before a capital, a digit or a quote, and at a
 * line break between a closing bracket and a capitalised word, but not after abbreviations ("Inc.",
 * "U.S.", "Pvt. Ltd.") or inside numbers ("EUR1 .37").
 */
final class SentenceSplitter {
  // A line that ends with a closing bracket before a line opening with a capitalised word ends a
  // headline or bullet written without a full stop: "… to £988M (H1 2016: £777m)\nProfit after tax …".
  private static final Pattern BOUNDARY = Pattern.compile("[.!?]+[\"')\\]]*(?=\\s+[\\p{Lu}\\d\"'(•*])|[.!?]+[\"')\\]]*\\s*$|\\n\\s*\\n|\\s[•]\\s"
      + "|(?<=\\))[ \\t]*\\R(?=[ \\t]*\\p{Lu}\\p{Ll})");
  private static final Set<String> ABBREVIATIONS =
      Set.of("inc", "ltd", "corp", "co", "plc", "mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "vs", "e.g", "i.e",
          "u.s", "u.k", "e.u", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
          "pvt", "approx", "est", "fig", "nos", "oyj", "abp", "ab", "ag", "nv", "bv", "sa", "s.a", "n.v", "mln", "resp",
          "rs", "ps", "tk", "ksh", "kshs", // "Rs. 466.41 millions", "Ksh. 15.3 Billion": a currency sign, not a sentence end
          "adj", "excl", "incl", "avg", "qtr"); // "EBIT (adj.) 1 amounted to NOK 993 million": a label

  private SentenceSplitter() {}

  /** Sentence spans in document offsets; {@code text} starts at document offset {@code offset}. */
  static List<Span> split(String text, int offset) {
    List<Span> sentences = new ArrayList<>();
    int start = 0;
    Matcher m = BOUNDARY.matcher(text);
    while (m.find()) {
      if (text.charAt(m.start()) == '.' && isAbbreviation(text, m.start())) {
        continue;
      }
      int end = m.end();
      add(sentences, text, start, end, offset);
      start = end;
    }
    add(sentences, text, start, text.length(), offset);
    return sentences;
  }

  private static boolean isAbbreviation(String text, int dot) {
    int i = dot;
    while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
      i--;
    }
    String word = text.substring(i, dot).toLowerCase(java.util.Locale.ROOT);
    // A single capital ("J. Smith") or a known abbreviation; a word preceded by a space-separated
    // period (tokenised text such as "mn .") is a real sentence end.
    return (word.length() == 1 && Character.isUpperCase(text.charAt(i))) || ABBREVIATIONS.contains(word);
  }

  /**
   * Longest sentence the linker sees. Longer ones are pasted tables or run-on lists: they are cut
   * at the last line break, semicolon, comma or space before this length, so that the linker's
   * cost per sentence stays bounded and the cost per document linear.
   */
  static final int MAX_SENTENCE = 1_000;

  private static void add(List<Span> sentences, String text, int start, int end, int offset) {
    while (end - start > MAX_SENTENCE) {
      int cut = cutPoint(text, start, start + MAX_SENTENCE);
      addTrimmed(sentences, text, start, cut, offset);
      start = cut;
    }
    addTrimmed(sentences, text, start, end, offset);
  }

  /** The end of the last clause that fits before {@code limit}: after "\n", then ";", ",", " ". */
  private static int cutPoint(String text, int start, int limit) {
    for (String marks : new String[] {"\n", ";", ",", " \t"}) {
      for (int i = limit - 1; i > start + MAX_SENTENCE / 2; i--) {
        if (marks.indexOf(text.charAt(i)) >= 0) {
          return i + 1;
        }
      }
    }
    return limit;
  }

  private static void addTrimmed(List<Span> sentences, String text, int start, int end, int offset) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      sentences.add(new Span(offset + start, offset + end));
    }
  }
}
