package finmetrics.extract;

import finmetrics.model.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way an amount is written: an id, a pattern built from {@link Lexicon} fragments, and the
 * example sentences that define it. The production reads the named groups number, bracketed,
 * minus, scale and symbol, code or word (and low, lowscale and high for a range), so every rule
 * shares one tested conversion.
 */
record AmountRule(String id, Mention.Kind kind, Pattern pattern, List<Example> examples, Set<String> groups, StartSet starts) {
  AmountRule {
    examples = List.copyOf(examples);
    groups = Set.copyOf(groups);
  }

  AmountRule(String id, Mention.Kind kind, Pattern pattern, List<Example> examples) {
    this(id, kind, pattern, examples, groupNames(pattern), StartSet.EVERYWHERE);
  }

  /** This rule, tried only where {@code starts} admits a match to begin. */
  AmountRule startingWith(StartSet starts) {
    return new AmountRule(id, kind, pattern, examples, groups, starts);
  }

  /** The named groups of a pattern, read once: asking a matcher for a group it lacks throws. */
  private static Set<String> groupNames(Pattern pattern) {
    Set<String> names = new HashSet<>();
    Matcher m = GROUP_NAME.matcher(pattern.pattern());
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

  static AmountRule of(String id, Mention.Kind kind, String regex, Example... examples) {
    return new AmountRule(id, kind, Pattern.compile(regex), List.of(examples));
  }

  /** Every match in {@code text}, whose first character is at document offset {@code offset}. */
  List<Mention> find(CharSequence text, int offset) {
    List<Mention> found = new ArrayList<>();
    starts.forEachMatch(pattern, text, m -> {
      Mention mention = produce(m, offset);
      if (mention != null) {
        found.add(mention);
      }
    });
    return found;
  }

  private Mention produce(Matcher m, int offset) {
    Span span = new Span(offset + m.start(), offset + m.end());
    if (group(m, "high") != null) {
      return range(m, span);
    }
    String bracketed = group(m, "bracketed");
    String digits = bracketed != null ? bracketed : group(m, "number");
    BigDecimal value = Lexicon.number(digits);
    if (bracketed != null || group(m, "minus") != null) {
      value = value.negate();
    }
    if (kind == Mention.Kind.PERCENT) {
      return new Mention(kind, value, "%", span, id);
    }
    String currency = currency(m);
    if (Lexicon.isMinorUnit(currency)) {
      value = value.movePointLeft(2); // "90 cents per share"
    }
    String scale = firstPresent(group(m, "scale"), Lexicon.impliedScale(currency), "");
    String unit = currency.isEmpty() ? "" : Lexicon.unit(currency); // "": to be taken from the amount it is compared with
    value = value.multiply(Lexicon.scale(scale.isEmpty() ? null : scale));
    String rest = group(m, "rest"); // "1 trillion 494.8 billion yen": the second part adds to the first
    if (rest != null) {
      value = value.add(Lexicon.number(rest).multiply(Lexicon.scale(group(m, "restScale"))));
    }
    return new Mention(kind, value, unit, span, id);
  }

  /** "$5–7 million": the low end takes the scale of the high end when it has none of its own. */
  private Mention range(Matcher m, Span span) {
    String currency = kind == Mention.Kind.PERCENT ? "" : currency(m);
    String highScale = firstPresent(group(m, "scale"), Lexicon.impliedScale(currency), "");
    String lowScale = firstPresent(group(m, "lowscale"), highScale);
    BigDecimal low = Lexicon.number(group(m, "low")).multiply(Lexicon.scale(lowScale.isEmpty() ? null : lowScale));
    BigDecimal high = Lexicon.number(group(m, "high")).multiply(Lexicon.scale(highScale.isEmpty() ? null : highScale));
    if (low.compareTo(high) >= 0) {
      return null; // "7–5", "2019–2018": not a range of values
    }
    String unit = kind == Mention.Kind.PERCENT ? "%" : currency.isEmpty() ? "" : Lexicon.unit(currency);
    return new Mention(kind, low, high, unit, span, id);
  }

  /** The currency as written; a country named after a bare "$" wins ("$592 million Canadian dollars"). */
  private String currency(Matcher m) {
    String symbol = group(m, "symbol");
    String word = group(m, "word");
    if (symbol != null && word != null && symbol.equals("$") && !Lexicon.unit(word).equals("USD")) {
      return word;
    }
    return firstPresent(symbol, group(m, "code"), word, "");
  }

  private String group(Matcher m, String name) {
    return groups.contains(name) ? m.group(name) : null;
  }

  private static String firstPresent(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    throw new IllegalStateException("unreachable: the last value is never null");
  }
}
