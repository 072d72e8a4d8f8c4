package finmetrics.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pairs listed metrics with listed amounts: "Net sales and operating profit totalled EUR 42.0 mn
 * and EUR 3.6 mn", "… compared with $982.6 million and $65.0 million for 2018", and "… from
 * EUR 5.1 mn and EUR 3.8 mn respectively" after two figures stated one by one.
 */
final class MetricLists {
  // Between two listed metric phrases: "net sales and operating profit", "revenue, EBITDA and net income".
  private static final Pattern CUE_JOINER = Pattern.compile("(?i)^\\s*(?:,\\s*)?(?:and\\s+)?(?:(?:its|the|our)\\s+)?$");
  // Between two listed amounts: "$1.04 billion and $72.3 million".
  private static final Pattern AMOUNT_JOINER = Pattern.compile("(?i)^[\\s,]*(?:and\\s*)?$");
  private static final Pattern RESPECTIVELY_AFTER = Pattern.compile("(?i)^[\\s,]*respectively\\b");
  // After a list of rates: "9.1 percent and 16.7 percent on-year increase, respectively".
  private static final Pattern RATES_RESPECTIVELY_AFTER = Pattern.compile("(?i)^[\\s,]*(?:[\\p{L}-]+\\s+){0,3}?(?:[\\p{L}-]+)?[\\s,]*respectively\\b");

  private MetricLists() {}

  static void pair(Sentence s, String view, List<AmountSlot> slots, Set<CueRule.Found> consumed) {
    List<CueRule.Found> cues = s.cues.stream()
        .filter(c -> !consumed.contains(c))
        .filter(c -> c.rule().role() == CueRule.Role.METRIC || c.rule().role() == CueRule.Role.BLOCK)
        .toList();
    for (int a = 0; a < cues.size(); a++) {
      int b = a;
      while (b + 1 < cues.size() && CUE_JOINER.matcher(between(s, view, cues.get(b).span().end(), cues.get(b + 1).span().start())).matches()) {
        b++;
      }
      if (b > a && pairRun(s, view, slots, cues.subList(a, b + 1), cues)) {
        a = b;
      }
    }
    pairRespectivelyAfterComparison(s, view, slots);
    pairRatesRespectively(s, view, slots);
    labelListsFromBehind(s, view, slots);
  }

  /**
   * "$1,082,244 and $2,044,224 of general and administrative expenses": the metric named after the
   * last figure of a list labels every figure of it that has none.
   */
  private static void labelListsFromBehind(Sentence s, String view, List<AmountSlot> slots) {
    for (int i = slots.size() - 2; i >= 0; i--) {
      AmountSlot slot = slots.get(i);
      AmountSlot next = slots.get(i + 1);
      boolean nextFromBehind = next.metric != null && !next.blocked && next.cueEnd > next.end();
      if (slot.metric == null && !slot.blocked && slot.amount.isMoney() && next.amount.isMoney() && nextFromBehind
          && Phrases.AMOUNTS_JOINED.matcher(between(s, view, slot.end(), next.start())).matches()) {
        slot.metric = next.metric;
        slot.loss = next.loss;
        slot.cueEnd = next.cueEnd;
      }
    }
  }

  /**
   * "Revenue came to 16.4 trillion won and net profit 1 trillion won, up 9.1 percent and 16.7
   * percent, respectively": each rate of a list is the change of the stated figure at its place
   * in the list of figures before it, in the direction of a noun after the list ("on-year
   * decline, respectively"), else of the first rate.
   */
  private static void pairRatesRespectively(Sentence s, String view, List<AmountSlot> slots) {
    for (int start = 1; start < slots.size(); start++) {
      int end = start;
      while (end + 1 < slots.size() && slots.get(end + 1).amount.kind() == Mention.Kind.PERCENT
          && AMOUNT_JOINER.matcher(between(s, view, slots.get(end).end(), slots.get(end + 1).start())).matches()) {
        end++;
      }
      int m = end - start + 1;
      Matcher tail = RATES_RESPECTIVELY_AFTER.matcher(view.substring(s.local(slots.get(end).end())));
      if (slots.get(start).amount.kind() != Mention.Kind.PERCENT || m < 2 || !tail.find()) {
        continue;
      }
      // "a 9.1 percent and 16.7 percent on-year increase, respectively": the noun after the list
      boolean upAfter = Phrases.GROWTH_UP.matcher(tail.group()).find();
      boolean downAfter = Phrases.GROWTH_DOWN.matcher(tail.group()).find();
      List<AmountSlot> stated = slots.subList(0, start).stream().filter(slot -> slot.amount.isMoney() && !slot.base).toList();
      if (stated.size() >= m) {
        List<AmountSlot> own = stated.subList(stated.size() - m, stated.size());
        boolean distinct = own.stream().map(slot -> slot.metric).distinct().count() == m && own.stream().allMatch(slot -> slot.metric != null);
        AmountSlot firstRate = slots.get(start);
        for (int j = 0; distinct && j < m; j++) {
          AmountSlot rate = slots.get(start + j);
          copyMetric(own.get(j), rate);
          rate.loss = false;
          rate.growth = firstRate.growth || rate.growth || upAfter || downAfter;
          // The noun after the list is the list's own; else the direction the first rate was read with.
          rate.declining = upAfter != downAfter ? downAfter : firstRate.growth ? firstRate.declining : rate.declining;
        }
      }
      start = end;
    }
  }

  /** Gives the k amounts after a list of k metric phrases those metrics, and a following comparison run too. */
  private static boolean pairRun(Sentence s, String view, List<AmountSlot> slots, List<CueRule.Found> list, List<CueRule.Found> all) {
    int k = list.size();
    int listEnd = list.get(k - 1).span().end();
    int first = -1;
    for (int i = 0; i < slots.size(); i++) {
      if (slots.get(i).start() >= listEnd) {
        first = i;
        break;
      }
    }
    if (first < 0 || !runJoined(s, view, slots, first, k)) {
      return false;
    }
    int firstStart = slots.get(first).start();
    boolean otherCueBetween = all.stream().anyMatch(c -> c.span().start() >= listEnd && c.span().end() <= firstStart);
    if (otherCueBetween || Phrases.wordCount(between(s, view, listEnd, firstStart)) > 8) {
      return false;
    }
    assign(slots, first, list);
    int next = first + k;
    if (next < slots.size() && slots.get(next).base && runJoined(s, view, slots, next, k)) {
      assign(slots, next, list); // "… compared with $982.6 million and $65.0 million for 2018"
    }
    return true;
  }

  /** "Operating profit fell to EUR 3.0 mn , and net profit to EUR 1.9 mn , from EUR 5.1 mn and EUR 3.8 mn respectively". */
  private static void pairRespectivelyAfterComparison(Sentence s, String view, List<AmountSlot> slots) {
    for (int start = 1; start < slots.size(); start++) {
      int end = start;
      while (end + 1 < slots.size() && AMOUNT_JOINER.matcher(between(s, view, slots.get(end).end(), slots.get(end + 1).start())).matches()) {
        end++;
      }
      int m = end - start + 1;
      boolean respectively = RESPECTIVELY_AFTER.matcher(view.substring(s.local(slots.get(end).end()))).find();
      if (m >= 2 && slots.get(start).base && respectively) {
        List<AmountSlot> stated = slots.subList(0, start).stream().filter(slot -> !slot.base).toList();
        if (stated.size() >= m) {
          List<AmountSlot> own = stated.subList(stated.size() - m, stated.size());
          for (int j = 0; j < m; j++) {
            copyMetric(own.get(j), slots.get(start + j));
          }
        }
        start = end;
      }
    }
  }

  private static boolean runJoined(Sentence s, String view, List<AmountSlot> slots, int from, int k) {
    if (from + k > slots.size()) {
      return false;
    }
    for (int i = from; i < from + k - 1; i++) {
      if (!AMOUNT_JOINER.matcher(between(s, view, slots.get(i).end(), slots.get(i + 1).start())).matches()) {
        return false;
      }
    }
    return true;
  }

  private static void assign(List<AmountSlot> slots, int from, List<CueRule.Found> list) {
    for (int j = 0; j < list.size(); j++) {
      AmountSlot slot = slots.get(from + j);
      CueRule rule = list.get(j).rule();
      slot.blocked = rule.role() == CueRule.Role.BLOCK;
      slot.metric = rule.metric();
      slot.loss = rule.loss();
    }
  }

  private static void copyMetric(AmountSlot from, AmountSlot to) {
    to.metric = from.metric;
    to.blocked = from.blocked;
    to.loss = from.loss;
  }

  private static String between(Sentence s, String view, int from, int to) {
    return to <= from ? "" : view.substring(s.local(from), s.local(to));
  }
}
