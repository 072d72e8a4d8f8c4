package finmetrics.cli;

import java.util.List;

/** Counts and lists in messages: "1 fact", "2 facts", "a.pdf, b.html and 3 more". */
final class Words {
  private static final int LISTED = 5;

  private Words() {}

  static String count(long n, String singular) {
    return n + " " + (n == 1 ? singular : singular + "s");
  }

  static String list(List<String> names) {
    if (names.size() <= LISTED) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, LISTED)) + " and " + (names.size() - LISTED) + " more";
  }
}
