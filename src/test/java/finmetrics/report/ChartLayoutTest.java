package finmetrics.report;

import static finmetrics.TestFacts.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import finmetrics.Pipeline;
import finmetrics.analyze.Analysis;
import finmetrics.analyze.MetricCalculator;
import finmetrics.model.Fact;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every chart's layout, checked from the boxes the painter draws (not by eye): bars stand under
 * their own period label, no label leaves its bar's slot or the image, no two labels overlap.
 */
class ChartLayoutTest {
  private static final Rectangle2D IMAGE = new Rectangle2D.Double(0, 0, ChartLayout.WIDTH, ChartLayout.HEIGHT);

  /** Every check on one layout; {@code what} names the chart in failures. */
  static void assertReadable(String what, ChartLayout layout) {
    for (ChartLayout.TextBox t : layout.texts) {
      assertTrue(IMAGE.contains(t.box()), what + ": '" + t.text() + "' leaves the image: " + t.box());
    }
    for (int i = 0; i < layout.texts.size(); i++) {
      for (int j = i + 1; j < layout.texts.size(); j++) {
        ChartLayout.TextBox a = layout.texts.get(i);
        ChartLayout.TextBox b = layout.texts.get(j);
        assertFalse(a.box().intersects(b.box()),
            what + ": '" + a.text() + "' " + a.box() + " overlaps '" + b.text() + "' " + b.box());
      }
    }
    for (ChartLayout.BarBox bar : layout.bars) {
      ChartLayout.GroupBox group = layout.groups.get(bar.group());
      assertTrue(bar.box().getMinX() >= group.left() - 0.5 && bar.box().getMaxX() <= group.right() + 0.5,
          what + ": a bar outside its group " + bar);
      for (ChartLayout.TextBox label : layout.texts) {
        if (label.kind() == ChartLayout.Kind.GROUP_LABEL && label.owner() == bar.group() && !label.upright()) {
          assertEquals(group.centre(), label.box().getCenterX(), 1.0, what + ": label '" + label.text() + "' off its group");
        }
      }
      assertTrue(layout.plot.contains(bar.box()) || bar.box().getHeight() == 0,
          what + ": bar outside the plot " + bar.box());
    }
    List<Integer> owners = new ArrayList<>();
    for (ChartLayout.TextBox t : layout.texts) {
      if (t.kind() == ChartLayout.Kind.VALUE_LABEL) {
        Rectangle2D slot = layout.slots.get(t.owner());
        assertTrue(t.box().getMinX() >= slot.getMinX() - 0.5 && t.box().getMaxX() <= slot.getMaxX() + 0.5,
            what + ": value label '" + t.text() + "' leaves its bar's slot");
        owners.add(t.owner());
      }
      if (t.kind() == ChartLayout.Kind.SEGMENT_LABEL) {
        assertTrue(layout.bars.stream().anyMatch(b -> b.box().contains(t.box())),
            what + ": segment label '" + t.text() + "' not inside a segment");
      }
      if (t.kind() == ChartLayout.Kind.GROUP_LABEL || t.kind() == ChartLayout.Kind.VALUE_LABEL) {
        for (ChartLayout.BarBox bar : layout.bars) {
          assertFalse(t.box().intersects(bar.box()), what + ": '" + t.text() + "' covers a bar");
        }
      }
    }
    assertEquals(owners.size(), new TreeSet<>(owners).size(), what + ": a bar with two value labels");
    assertFalse(layout.slots.isEmpty(), what + ": no bars");
  }

  @Test
  void theSeedChartsAreReadable() {
    Pipeline.Outcome outcome = Pipeline.extract(List.of(Path.of("seeds")));
    Analysis a = MetricCalculator.compute(outcome.facts());
    List<ChartWriter.Planned> charts = ChartWriter.plan(a, ChartWriter.Selection.DEFAULT);
    assertEquals(ChartWriter.NAMES.stream().sorted().toList(),
        charts.stream().map(ChartWriter.Planned::name).sorted().toList());
    for (ChartWriter.Planned p : charts) {
      assertReadable(p.name(), p.layout());
      if (!p.name().equals("cost-structure")) { // a thin cost segment may go unlabelled; its bar's total stays
        assertEquals(0, p.layout().omittedLabels, p.name() + ": every bar keeps its value label");
      }
    }
  }

  @Test
  void barsStandAtTheirOwnYearWithoutEmptySlotsAndMissingYearsBreakTheAxis() {
    Analysis a = MetricCalculator.compute(List.of(
        fact("Alpha", "revenue", "2018", "9000000000", "USD", "a.md", 1),
        fact("Alpha", "revenue", "2022", "17000000000", "USD", "a.md", 2),
        fact("Beta", "revenue", "2022", "5000000000", "USD", "b.md", 1),
        fact("Beta", "revenue", "2023", "6000000000", "USD", "b.md", 2)));
    ChartLayout revenue = plan(a, "revenue");
    assertReadable("revenue", revenue);
    assertEquals(List.of("2018", "2022", "2023"), groupLabels(revenue));
    assertEquals(List.of(1, 2, 1), barsPerGroup(revenue), "only bars with a value: no empty slots");
    assertEquals(1, revenue.breaks.size(), "2019 to 2021 are missing");
    double gap = revenue.breaks.get(0);
    assertTrue(gap > revenue.groups.get(0).right() && gap < revenue.groups.get(1).left());
  }

  @Test
  void aCompanyReportingInTwoCurrenciesKeepsBothGrowthSeries() {
    Analysis a = MetricCalculator.compute(List.of(
        fact("Infosys", "revenue", "2023", "1467670000000", "INR", "i.md", 1),
        fact("Infosys", "revenue", "2024", "1536700000000", "INR", "i.md", 2),
        fact("Infosys", "revenue", "2023", "18210000000", "USD", "i.md", 3),
        fact("Infosys", "revenue", "2024", "18560000000", "USD", "i.md", 4)));
    ChartLayout growth = plan(a, "revenue-growth");
    assertEquals(List.of("Infosys (INR)", "Infosys (USD)"),
        growth.spec.legend().stream().map(ChartLayout.LegendItem::text).toList());
    assertEquals(List.of(2), barsPerGroup(growth));
  }

  @Test
  void costStructureStacksUnallocatedCostsSoTheBarIsTotalCosts() {
    Analysis a = MetricCalculator.compute(List.of(
        fact("Meta", "revenue", "2023", "134900000000", "USD", "m.md", 1),
        fact("Meta", "total_costs", "2023", "88150000000", "USD", "m.md", 2),
        fact("Meta", "research_development", "2023", "38480000000", "USD", "m.md", 3)));
    ChartLayout cost = plan(a, "cost-structure");
    assertReadable("cost-structure", cost);
    double top = cost.bars.stream().mapToDouble(b -> b.box().getMinY()).min().orElseThrow();
    assertEquals(cost.y(88150.0 / 134900 * 100), top, 0.5, "the bar reaches total costs, 65 %");
    assertEquals(2, cost.bars.size(), "R&D and the costs it does not itemise");
    assertTrue(cost.texts.stream().anyMatch(t -> t.text().equals("65.3%")));
  }

  @Test
  void approximateValuesAreMarkedAndBoundsHaveNoBar() {
    Analysis a = MetricCalculator.compute(List.of(
        fact("Alpha", "revenue", "2023", "120000000", "USD", "approx", "a.md", 1),
        fact("Beta", "revenue", "2023", "440000000", "USD", "more_than", "b.md", 1),
        fact("Gamma", "revenue", "2023", "90000000", "USD", "c.md", 1)));
    ChartLayout revenue = plan(a, "revenue");
    assertEquals(2, revenue.bars.size(), "no bar for a bound");
    assertTrue(revenue.bars.stream().anyMatch(ChartLayout.BarBox::hatched));
    assertTrue(revenue.texts.stream().anyMatch(t -> t.text().equals("≈ 120")));
    assertTrue(revenue.spec.source().contains("a.md") && !revenue.spec.source().contains("b.md"),
        "the source line names only what is plotted: " + revenue.spec.source());
  }

  @Test
  void sixtyCompaniesWithLongNamesStayReadableAndTopOrCompaniesChooseWhichAreDrawn() {
    List<Fact> facts = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      String company = "Company With A Long Name Number " + i;
      facts.add(fact(company, "revenue", "2022", String.valueOf(1_000_000_000L + i * 10_000_000L), "USD", "c" + i + ".md", 1));
      facts.add(fact(company, "revenue", "2023", String.valueOf(1_100_000_000L + i * 10_000_000L), "USD", "c" + i + ".md", 2));
      facts.add(fact(company, "gross_profit", "2023", String.valueOf(500_000_000L), "USD", "c" + i + ".md", 3));
      facts.add(fact(company, "net_income", "2023", String.valueOf(-50_000_000L), "USD", "c" + i + ".md", 4));
    }
    Analysis a = MetricCalculator.compute(facts);
    for (ChartWriter.Planned p : ChartWriter.plan(a, ChartWriter.Selection.DEFAULT)) {
      assertReadable(p.name(), p.layout());
      assertTrue(p.layout().spec.legend().size() <= 12, p.name() + ": legend of at most twelve");
      assertTrue(p.note().contains("50 companies are not drawn"), p.note());
    }
    ChartLayout top3 = plan(a, "revenue", new ChartWriter.Selection(3, List.of()));
    assertEquals(Set.of("Company With A Long Name Number 57", "Company With A Long Name Number 58",
        "Company With A Long Name Number 59"), legendTexts(top3), "the largest three");
    ChartLayout chosen = plan(a, "revenue",
        new ChartWriter.Selection(10, List.of("company with a long name number 1", "Company With A Long Name Number 2")));
    assertEquals(Set.of("Company With A Long Name Number 1", "Company With A Long Name Number 2"), legendTexts(chosen));
    assertReadable("chosen", chosen);
  }

  private static ChartLayout plan(Analysis a, String name) {
    return plan(a, name, ChartWriter.Selection.DEFAULT);
  }

  private static ChartLayout plan(Analysis a, String name, ChartWriter.Selection selection) {
    return ChartWriter.plan(a, selection).stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no chart " + name)).layout();
  }

  private static List<String> groupLabels(ChartLayout layout) {
    return layout.spec.groups().stream().map(ChartLayout.Group::label).toList();
  }

  private static List<Integer> barsPerGroup(ChartLayout layout) {
    return layout.spec.groups().stream().map(g -> g.bars().size()).toList();
  }

  private static Set<String> legendTexts(ChartLayout layout) {
    Set<String> names = new TreeSet<>();
    layout.spec.legend().forEach(l -> names.add(l.text()));
    names.remove("≈ approximate");
    return names;
  }
}
