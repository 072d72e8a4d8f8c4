package finmetrics.model;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time a figure covers: a year ({@code 2015}), part of one ({@code 2010-Q3}, {@code 2010-H1},
 * {@code 2010-9M}), a range of years ({@code 2010-2015}), a bare part ({@code Q4}) or nothing.
 *
 * <p>{@code firstYear} and {@code lastYear} are 0 when the text gives no year; {@code part} is
 * empty for whole years.
 */
public record Period(int firstYear, int lastYear, String part) implements Comparable<Period> {
  public static final Period NONE = new Period(0, 0, "");

  private static final Pattern LABEL =
      Pattern.compile("(?:(\\d{4})(?:-(\\d{4}))?)?(?:-?(Q[1-4]|H[12]|9M))?");
  private static final Comparator<Period> ORDER =
      Comparator.comparingInt(Period::firstYear)
          .thenComparingInt(Period::lastYear)
          .thenComparing(Period::part);

  public Period {
    if (part == null || !part.matches("|Q[1-4]|H[12]|9M")) {
      throw new IllegalArgumentException("bad period part '" + part + "'");
    }
    if (firstYear < 0 || lastYear < firstYear || (firstYear == 0) != (lastYear == 0)) {
      throw new IllegalArgumentException("bad period years " + firstYear + ".." + lastYear);
    }
    if (firstYear != lastYear && !part.isEmpty()) {
      throw new IllegalArgumentException("a year range has no part: " + part);
    }
  }

  public static Period year(int year) {
    return new Period(year, year, "");
  }

  public static Period partOf(int year, String part) {
    return new Period(year, year, part);
  }

  public static Period range(int firstYear, int lastYear) {
    return new Period(firstYear, lastYear, "");
  }

  /** Parses the label form written by {@link #toString()}; throws on anything else. */
  public static Period parse(String label) {
    Matcher m = LABEL.matcher(label.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("bad period '" + label + "'");
    }
    int first = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
    int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
    return new Period(first, last, m.group(3) == null ? "" : m.group(3));
  }

  public boolean isNone() {
    return firstYear == 0 && part.isEmpty();
  }

  /** A single whole year: the periods that margins and year-on-year growth are computed on. */
  public boolean isFullYear() {
    return firstYear != 0 && firstYear == lastYear && part.isEmpty();
  }

  public boolean isRange() {
    return firstYear != lastYear;
  }

  public int years() {
    return lastYear - firstYear;
  }

  @Override
  public int compareTo(Period other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    if (firstYear == 0) {
      return part;
    }
    String years = firstYear == lastYear ? Integer.toString(firstYear) : firstYear + "-" + lastYear;
    return part.isEmpty() ? years : years + "-" + part;
  }
}
