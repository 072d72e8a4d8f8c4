package finmetrics.report;

import finmetrics.analyze.Analysis;
import finmetrics.analyze.ComparisonTable;
import finmetrics.analyze.FactChooser;
import finmetrics.analyze.MetricRow;
import finmetrics.model.Fact;
import finmetrics.model.Qualifier;
import finmetrics.report.ReportDocument.Anchor;
import finmetrics.report.ReportDocument.Block;
import finmetrics.report.ReportDocument.Bullets;
import finmetrics.report.ReportDocument.Code;
import finmetrics.report.ReportDocument.Heading;
import finmetrics.report.ReportDocument.Image;
import finmetrics.report.ReportDocument.Inline;
import finmetrics.report.ReportDocument.Link;
import finmetrics.report.ReportDocument.Paragraph;
import finmetrics.report.ReportDocument.Strong;
import finmetrics.report.ReportDocument.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lays out report.md and report.html: documents, comparison, charts, warnings, conflicts, then
 * the derived figures (D1…) and the evidence (E1…) that every number in the report links to.
 */
final class ReportBuilder {
  static final String TITLE = "Financial comparison";
  private static final Map<String, String> HEADERS = Map.ofEntries(
      Map.entry("revenue", "Revenue"), Map.entry("revenue_growth", "Revenue growth %"),
      Map.entry("cost_of_revenue", "Cost of revenue"), Map.entry("gross_profit", "Gross profit"),
      Map.entry("gross_margin", "Gross margin %"), Map.entry("operating_income", "Operating income"),
      Map.entry("operating_margin", "Operating margin %"), Map.entry("net_income", "Net income"),
      Map.entry("net_margin", "Net margin %"), Map.entry("total_costs", "Total costs"),
      Map.entry("sales_marketing_pct_revenue", "S&M % of revenue"),
      Map.entry("general_administrative_pct_revenue", "G&A % of revenue"),
      Map.entry("research_development_pct_revenue", "R&D % of revenue"));

  private final Analysis analysis;
  // Lookups only (never iterated into output): fact or derived row → its anchor.
  private final Map<Fact, String> evidenceIds = new HashMap<>();
  private final Map<MetricRow, String> derivedIds = new HashMap<>();
  private final List<Fact> evidence = new ArrayList<>();
  private final List<MetricRow> derived = new ArrayList<>();

  private ReportBuilder(Analysis analysis) {
    this.analysis = analysis;
    for (Fact f : analysis.facts()) {
      if (!evidenceIds.containsKey(f)) {
        evidence.add(f);
        evidenceIds.put(f, "E" + evidence.size());
      }
    }
    for (MetricRow r : analysis.rows()) {
      if (r.isDerived()) {
        derived.add(r);
        derivedIds.put(r, "D" + derived.size());
      }
    }
  }

  static ReportDocument.Report build(
      Analysis analysis, ComparisonTable comparison, List<String> documents, List<ChartWriter.Chart> charts) {
    return new ReportBuilder(analysis).report(comparison, documents, charts);
  }

  private ReportDocument.Report report(
      ComparisonTable comparison, List<String> documents, List<ChartWriter.Chart> charts) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph(List.of(new Text(
        analysis.facts().size() + " figures from " + documents.size() + " documents. Every number"
            + " links to the sentence it was read from (E…) or to how it was computed (D…)."
            + " Money is never combined across currencies; a bound (more than, less than) is"
            + " never used as an exact value."))));
    blocks.add(new Heading(2, "Documents"));
    Block documentList = new Bullets(documents.stream().map(d -> List.<Inline>of(new Code(d))).toList());
    // Thousands of file names would open the page with megabytes of list: fold a long one away.
    blocks.add(documents.size() > 10
        ? new ReportDocument.Collapsed(documents.size() + " documents (click to show)", documentList)
        : documentList);
    blocks.add(new Heading(2, "Comparison"));
    blocks.add(comparisonTable(comparison));
    blocks.add(new Paragraph(List.of(new Text(
        "An empty cell is unknown or undefined. ≈ marks an approximate figure, > and < a bound."))));
    charts(charts, blocks);
    blocks.add(new Heading(2, "Consistency warnings"));
    blocks.add(bulletsOrNone(warnings(), "None: wherever total costs and at least two cost lines are stated, they add up."));
    blocks.add(new Heading(2, "Conflicts"));
    blocks.add(bulletsOrNone(conflicts(), "No two sources disagree."));
    blocks.add(new Heading(2, "Derived figures"));
    blocks.add(bulletsOrNone(derivedEntries(), "Nothing could be derived."));
    blocks.add(new Heading(2, "Evidence"));
    blocks.add(bulletsOrNone(evidenceEntries(), "No figures were found."));
    return new ReportDocument.Report(TITLE, blocks);
  }

  private ReportDocument.Table comparisonTable(ComparisonTable comparison) {
    List<String> header = new ArrayList<>(List.of("Company", "Year", "Currency"));
    comparison.metrics().forEach(m -> header.add(HEADERS.getOrDefault(m, m)));
    List<List<List<Inline>>> rows = new ArrayList<>();
    for (ComparisonTable.Line line : comparison.lines()) {
      List<List<Inline>> cells = new ArrayList<>();
      cells.add(List.of(new Text(line.company())));
      cells.add(List.of(new Text(line.period().toString())));
      cells.add(List.of(new Text(line.currency())));
      for (String m : comparison.metrics()) {
        MetricRow row = line.cells().get(m);
        cells.add(row == null ? List.of() : List.of(link(row)));
      }
      rows.add(cells);
    }
    return new ReportDocument.Table(header, rows);
  }

  private void charts(List<ChartWriter.Chart> charts, List<Block> blocks) {
    if (charts.isEmpty()) {
      return;
    }
    blocks.add(new Heading(2, "Charts"));
    for (ChartWriter.Chart c : charts) {
      byte[] png = c.files().get(ChartFormat.PNG);
      byte[] svg = c.files().get(ChartFormat.SVG);
      String file = c.name() + (png != null ? ".png" : ".svg");
      blocks.add(new Image(c.title(), file, png, png == null ? svg : null));
      blocks.add(new Paragraph(List.of(new Text(c.note()))));
    }
  }

  private List<List<Inline>> warnings() {
    List<List<Inline>> items = new ArrayList<>();
    for (MetricRow r : analysis.rows("unallocated_costs")) {
      Fact total = r.sources().get(0);
      if (r.value().signum() > 0) {
        items.add(List.of(
            new Text(r.company() + " " + r.period() + ": "), link(r),
            new Text(" of total costs "), evidenceLink(total),
            new Text(" is in none of the stated cost lines (" + r.basis() + ").")));
      } else {
        items.add(List.of(
            new Text(r.company() + " " + r.period() + ": the stated cost lines exceed total costs "),
            evidenceLink(total), new Text(" (" + r.basis() + " = "), link(r), new Text(").")));
      }
    }
    return items;
  }

  private List<List<Inline>> conflicts() {
    List<List<Inline>> items = new ArrayList<>();
    for (FactChooser.Conflict c : analysis.conflicts()) {
      Fact chosen = c.chosen();
      List<Inline> item = new ArrayList<>(List.of(
          new Text(chosen.company() + " " + chosen.metric().id() + " " + chosen.period() + ": used "),
          evidenceLink(chosen), new Text(" from "), new Code(place(chosen))));
      for (Fact other : c.others()) {
        item.add(new Text("; also stated "));
        item.add(evidenceLink(other));
        item.add(new Text(" in "));
        item.add(new Code(place(other)));
      }
      item.add(new Text(". Rule: exact beats approximate beats bounds, then the earlier document."));
      items.add(item);
    }
    return items;
  }

  private List<List<Inline>> derivedEntries() {
    List<List<Inline>> items = new ArrayList<>();
    for (MetricRow r : derived) {
      List<Inline> item = new ArrayList<>(List.of(
          new Anchor(derivedIds.get(r)), new Strong(derivedIds.get(r)),
          new Text(" " + r.company() + " " + r.period() + " " + r.metric() + " = "
              + amount(r.value(), r.unit(), r.qualifier()) + ", computed as "),
          new Code(r.basis()), new Text(" from ")));
      for (int i = 0; i < r.sources().size(); i++) {
        item.add(new Text(i == 0 ? "" : ", "));
        Fact source = r.sources().get(i);
        item.add(new Link(evidenceIds.get(source), evidenceIds.get(source)));
      }
      items.add(item);
    }
    return items;
  }

  private List<List<Inline>> evidenceEntries() {
    List<List<Inline>> items = new ArrayList<>();
    for (Fact f : evidence) {
      String id = evidenceIds.get(f);
      String section = f.source().sectionPath().isEmpty() ? "" : ", section " + f.source().sectionPath();
      items.add(List.of(
          new Anchor(id), new Strong(id), new Text(" "), new Code(place(f)),
          new Text(section + ": " + f.company() + " " + f.metric().id() + " " + f.period() + " = "
              + amount(f.value(), f.unit(), f.qualifier()) + " (rule " + f.source().ruleId() + "). "),
          new Text("“"), new Text(before(f)), new ReportDocument.Mark(marked(f)), new Text(after(f) + "”")));
    }
    return items;
  }

  /** The sentence split around its amount (the matched text), so HTML can mark the amount. */
  private static String before(Fact f) {
    int at = amountAt(f);
    return at < 0 ? f.source().evidence() : f.source().evidence().substring(0, at);
  }

  private static String marked(Fact f) {
    return amountAt(f) < 0 ? "" : f.source().matchedText();
  }

  private static String after(Fact f) {
    int at = amountAt(f);
    return at < 0 ? "" : f.source().evidence().substring(at + f.source().matchedText().length());
  }

  private static int amountAt(Fact f) {
    String m = f.source().matchedText();
    return m.isEmpty() ? -1 : f.source().evidence().indexOf(m);
  }

  private Link link(MetricRow row) {
    String text = amount(row.value(), "", row.qualifier()).trim();
    if (row.isDerived()) {
      return new Link(text, derivedIds.get(row));
    }
    return new Link(text, evidenceIds.get(row.sources().get(0)));
  }

  private Link evidenceLink(Fact f) {
    return new Link(amount(f.value(), f.unit(), f.qualifier()), evidenceIds.get(f));
  }

  private static Block bulletsOrNone(List<List<Inline>> items, String none) {
    return items.isEmpty() ? new Paragraph(List.of(new Text(none))) : new Bullets(items);
  }

  private static String place(Fact f) {
    return f.source().documentId() + ":" + f.source().line();
  }

  /** "≈ 119,967,592 USD", "70.583 %", "> 440,000,000 USD": grouped digits, Locale.ROOT. */
  static String amount(BigDecimal value, String unit, Qualifier qualifier) {
    String prefix = switch (qualifier) {
      case APPROX -> "≈ ";
      case MORE_THAN -> "> ";
      case LESS_THAN -> "< ";
      default -> "";
    };
    BigDecimal v = value.stripTrailingZeros();
    if (v.scale() < 0) {
      v = v.setScale(0, RoundingMode.UNNECESSARY);
    }
    String digits = String.format(Locale.ROOT, "%,." + v.scale() + "f", v);
    return prefix + digits + (unit.isEmpty() ? "" : " " + unit);
  }
}
