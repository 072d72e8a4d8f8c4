package finmetrics.extract;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters at which a rule's match can begin, so that a rule is tried only there instead of
 * at every position of a sentence: {@code Matcher.find} spends tens of nanoseconds per position on
 * the lookbehinds and alternations every rule starts with, whether or not a match is near.
 *
 * <p>A start set is a promise about its rule's pattern: every match begins at an admitted
 * position. {@code StartSetTest} checks the promise for every rule on every corpus sentence and
 * variants of it, by comparing {@link #forEachMatch} with a plain scan.
 */
final class StartSet {
  private static final int ASCII = 128;

  private final boolean[] anywhere; // ASCII characters a match may begin with at any position
  private final String anywhereBeyondAscii;
  private final boolean[] atWordStart; // ... only where no letter precedes them
  private final boolean anyNonSpaceAtWordStart;
  private final boolean everywhere;
  /** Lower-case words one of which every match contains; a text with none is not scanned at all. */
  private final String[] required;

  private StartSet(boolean[] anywhere, String anywhereBeyondAscii, boolean[] atWordStart, boolean anyNonSpaceAtWordStart, boolean everywhere,
      String[] required) {
    this.anywhere = anywhere;
    this.anywhereBeyondAscii = anywhereBeyondAscii;
    this.atWordStart = atWordStart;
    this.anyNonSpaceAtWordStart = anyNonSpaceAtWordStart;
    this.everywhere = everywhere;
    this.required = required;
  }

  /** Every position: for a pattern no start set describes. */
  static final StartSet EVERYWHERE = new StartSet(new boolean[ASCII], "", new boolean[ASCII], false, true, new String[0]);

  /** Any character but whitespace where no letter precedes it: patterns that begin with {@code (?<![\p{L}\d])}. */
  static final StartSet WORD_START = new StartSet(new boolean[ASCII], "", new boolean[ASCII], true, false, new String[0]);

  /** A match begins with one of {@code chars}, wherever it is. */
  static StartSet anywhere(String chars) {
    return EVERYWHERE.with(chars, "");
  }

  /** As this set, also admitting {@code chars} at any position and {@code wordStartChars} where no letter precedes them. */
  StartSet with(String chars, String wordStartChars) {
    boolean[] any = anywhere.clone();
    StringBuilder beyond = new StringBuilder(anywhereBeyondAscii);
    for (char c : chars.toCharArray()) {
      if (c < ASCII) {
        any[c] = true;
      } else {
        beyond.append(c);
      }
    }
    boolean[] word = atWordStart.clone();
    for (char c : wordStartChars.toCharArray()) {
      if (c >= ASCII) {
        throw new IllegalArgumentException("word-start characters are ASCII: " + c);
      }
      word[c] = true;
    }
    return new StartSet(any, beyond.toString(), word, anyNonSpaceAtWordStart, false, required);
  }

  /**
   * As this set, for a pattern every match of which contains one of {@code words} (lower case,
   * no spaces: a case-insensitive pattern's literal, such as "ebitda" of its every alternative).
   */
  StartSet requiring(String... words) {
    for (String w : words) {
      if (!w.equals(w.toLowerCase(java.util.Locale.ROOT)) || w.isBlank() || w.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("a required word is lower case, without spaces: '" + w + "'");
      }
    }
    return new StartSet(anywhere, anywhereBeyondAscii, atWordStart, anyNonSpaceAtWordStart, everywhere, words.clone());
  }

  /** Whether {@code text} holds one of the required words (always, when none are required). */
  boolean mayMatchIn(CharSequence text) {
    if (required.length == 0) {
      return true;
    }
    String lower = text.toString().toLowerCase(java.util.Locale.ROOT);
    for (String w : required) {
      if (lower.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The ASCII digits, for the start sets of rules that begin with a number. */
  static final String DIGITS = "0123456789";

  /** The upper-case and lower-case forms of {@code letters}: for case-insensitive patterns. */
  static String bothCases(String letters) {
    return letters.toLowerCase(java.util.Locale.ROOT) + letters.toUpperCase(java.util.Locale.ROOT);
  }

  boolean admits(CharSequence text, int i) {
    if (everywhere) {
      return true;
    }
    char c = text.charAt(i);
    if (c < ASCII ? anywhere[c] : anywhereBeyondAscii.indexOf(c) >= 0) {
      return true;
    }
    boolean wordStart = i == 0 || !Character.isLetter(text.charAt(i - 1));
    if (!wordStart) {
      return false;
    }
    return anyNonSpaceAtWordStart ? !Character.isWhitespace(c) : c < ASCII && atWordStart[c];
  }

  /**
   * Calls {@code onMatch} for every match of {@code pattern} in {@code text}, as {@code find} would
   * give them, trying the pattern only at admitted positions. Lookbehinds and lookaheads still see
   * the whole text (transparent bounds).
   */
  void forEachMatch(Pattern pattern, CharSequence text, Consumer<Matcher> onMatch) {
    if (!mayMatchIn(text)) {
      return;
    }
    Matcher m = pattern.matcher(text);
    if (everywhere) {
      while (m.find()) {
        onMatch.accept(m);
      }
      return;
    }
    m.useTransparentBounds(true).useAnchoringBounds(false);
    int length = text.length();
    int i = 0;
    while (i < length) {
      if (admits(text, i)) {
        m.region(i, length);
        if (m.lookingAt()) {
          onMatch.accept(m);
          i = m.end() > i ? m.end() : i + 1;
          continue;
        }
      }
      i++;
    }
  }
}
