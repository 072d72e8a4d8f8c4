package finmetrics.extract;

import finmetrics.model.Metric;
import finmetrics.model.Period;
import java.util.List;

/** What the linker decides about one amount of a sentence; filled in by the linker's passes. */
final class AmountSlot {
  final Mention amount;
  boolean base;
  boolean blocked;
  /** Stated as a forecast, an aim or an explanation: not inherited by an amount compared with it. */
  boolean notStated;
  /** Compared with a forecast: a stated figure only if it has a period of its own. */
  boolean afterForecast;
  boolean cagr;
  boolean loss;
  boolean change;
  boolean growth;
  boolean declining;
  Metric metric;
  int cueEnd = -1;
  PeriodMention attached;
  boolean bracketedPrior;
  boolean ownCue;
  /** Periods given by a list ("… for 2019 and 2018, respectively"); empty when none. */
  List<Period> listedPeriods = List.of();
  Period period = Period.NONE;

  String unit;

  AmountSlot(Mention amount) {
    this.amount = amount;
    this.unit = amount.unit();
  }

  int start() {
    return amount.span().start();
  }

  int end() {
    return amount.span().end();
  }

  void inherit(AmountSlot from) {
    metric = from.metric;
    blocked = from.blocked;
    cagr = from.cagr;
    loss = from.loss;
    cueEnd = from.cueEnd;
    // A compared figure ("compared with EUR 61.4 mn in 2009") is stated even after a forecast,
    // when it has a period of its own; "up from a previous EUR 15 mn" is an earlier forecast.
    notStated = from.notStated && !base;
    afterForecast = from.notStated && base;
    growth = from.growth && amount.kind() == Mention.Kind.PERCENT;
  }
}
