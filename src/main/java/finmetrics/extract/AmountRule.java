package finmetrics.extract;

import finmetrics.model.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way an amount is written: an id, a pattern built from {@link Lexicon} fragments, and the
 * example sentences that define it. The production reads the named groups number, bracketed,
 * minus, scale and symbol, code or word, so every rule shares one tested conversion.
 */
record AmountRule(String id, Mention.Kind kind, Pattern pattern, String impliedScale, List<Example> examples) {
  AmountRule {
    examples = List.copyOf(examples);
  }

  static AmountRule of(String id, Mention.Kind kind, String regex, Example... examples) {
    return new AmountRule(id, kind, Pattern.compile(regex), null, List.of(examples));
  }

  /** Every match in {@code text}, whose first character is at document offset {@code offset}. */
  List<Mention> find(CharSequence text, int offset) {
    List<Mention> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      Mention mention = produce(m, offset);
      if (mention != null) {
        found.add(mention);
      }
    }
    return found;
  }

  private Mention produce(Matcher m, int offset) {
    String bracketed = group(m, "bracketed");
    String digits = bracketed != null ? bracketed : group(m, "number");
    BigDecimal value = Lexicon.number(digits);
    if (bracketed != null || group(m, "minus") != null) {
      value = value.negate();
    }
    Span span = new Span(offset + m.start(), offset + m.end());
    if (kind == Mention.Kind.PERCENT) {
      return new Mention(kind, value, "%", span, id);
    }
    String currency = firstPresent(group(m, "symbol"), group(m, "code"), group(m, "word"), "");
    String scale = group(m, "scale");
    if (scale == null && (currency.equalsIgnoreCase("MEUR") || currency.equalsIgnoreCase("MUSD"))) {
      scale = "million";
    }
    String unit = currency.isEmpty() ? "" : Lexicon.unit(currency); // "": to be taken from the amount it is compared with
    return new Mention(kind, value.multiply(Lexicon.scale(scale)), unit, span, id);
  }

  private static String group(Matcher m, String name) {
    return m.pattern().pattern().contains("<" + name + ">") ? m.group(name) : null;
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
