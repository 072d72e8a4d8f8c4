package finmetrics.report;

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
import finmetrics.report.ReportDocument.Table;
import finmetrics.report.ReportDocument.Text;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Renders the report as one self-contained HTML file: styles inline, charts embedded as data
 * URIs (or inline SVG), no external reference, every piece of document text escaped.
 */
final class HtmlRenderer {
  private static final String HEAD = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
      <title>%s</title>
      <style>
      body { font-family: sans-serif; max-width: 80rem; margin: 2rem auto; padding: 0 1rem; color: #111; }
      table { border-collapse: collapse; font-size: 0.9rem; }
      th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; }
      td { text-align: right; }
      td:first-child { text-align: left; }
      a { color: #0b5cad; }
      img, svg { max-width: 100%%; height: auto; }
      .table-scroll { overflow: auto; max-height: 80vh; max-width: 100%%; border: 1px solid #ccc; }
      .table-scroll table { border-collapse: separate; border-spacing: 0; }
      .table-scroll th { position: sticky; top: 0; background: #eee; z-index: 2; }
      .table-scroll th:first-child, .table-scroll td:first-child { position: sticky; left: 0; background: #fff; z-index: 1; }
      .table-scroll th:first-child { background: #eee; z-index: 3; }
      li:target { background: #fff3b0; outline: 2px solid #e0b000; }
      mark { background: #ffd54f; font-weight: bold; }
      @page { size: landscape; margin: 10mm; }
      @media print {
        body { max-width: none; margin: 0; }
        .table-scroll { overflow: visible; max-height: none; border: none; }
        .table-scroll table { font-size: 7pt; }
        .table-scroll th, .table-scroll td { position: static; padding: 1px 3px; }
        figure { break-before: page; }
        img, svg { max-width: 100%%; }
      }
      </style>
      </head>
      <body>
      """;

  private HtmlRenderer() {}

  static String render(ReportDocument.Report report) {
    StringBuilder html = new StringBuilder(String.format(Locale.ROOT, HEAD, escape(report.title())));
    html.append("<h1>").append(escape(report.title())).append("</h1>\n");
    for (Block b : report.blocks()) {
      block(b, html);
    }
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  private static void block(Block b, StringBuilder html) {
    if (b instanceof Heading h) {
      html.append("<h").append(h.level()).append(h.text().equals("Comparison") ? " id=\"comparison\">" : ">").append(escape(h.text()))
          .append("</h").append(h.level()).append(">\n");
    } else if (b instanceof Paragraph p) {
      html.append("<p>").append(inline(p.parts())).append("</p>\n");
    } else if (b instanceof Bullets list) {
      html.append("<ul>\n");
      for (List<Inline> item : list.items()) {
        // An entry that is a link target carries the id itself, so :target highlights the sentence.
        if (!item.isEmpty() && item.get(0) instanceof Anchor a) {
          html.append("<li id=\"").append(escape(a.id())).append("\">").append(inline(item.subList(1, item.size())))
              .append(" <a class=\"back\" href=\"#comparison\" title=\"back to the comparison\">↩</a></li>\n");
        } else {
          html.append("<li>").append(inline(item)).append("</li>\n");
        }
      }
      html.append("</ul>\n");
    } else if (b instanceof ReportDocument.Collapsed c) {
      html.append("<details><summary>").append(escape(c.summary())).append("</summary>\n");
      block(c.content(), html);
      html.append("</details>\n");
    } else if (b instanceof Table t) {
      table(t, html);
    } else if (b instanceof Image i) {
      image(i, html);
    }
  }

  private static void table(Table t, StringBuilder html) {
    html.append("<div class=\"table-scroll\">\n<table>\n<thead><tr>");
    t.header().forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
    html.append("</tr></thead>\n<tbody>\n");
    for (List<List<Inline>> row : t.rows()) {
      html.append("<tr>");
      for (List<Inline> cell : row) {
        html.append("<td>").append(inline(cell)).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n</div>\n");
  }

  private static void image(Image i, StringBuilder html) {
    html.append("<figure>");
    if (i.png() != null) {
      html.append("<img alt=\"").append(escape(i.title())).append("\" src=\"data:image/png;base64,")
          .append(Base64.getEncoder().encodeToString(i.png())).append("\">");
    } else if (i.svg() != null) {
      String svg = new String(i.svg(), StandardCharsets.UTF_8);
      int start = svg.indexOf("<svg"); // drop the XML prolog and DOCTYPE, which do not belong inside HTML
      // HTML knows the SVG namespaces already; dropping the declarations keeps the file free of URLs.
      html.append((start >= 0 ? svg.substring(start) : svg)
          .replace(" xmlns=\"http://www.w3.org/2000/svg\"", "")
          .replace(" xmlns:xlink=\"http://www.w3.org/1999/xlink\"", ""));
    }
    html.append("<figcaption>").append(escape(i.title())).append("</figcaption></figure>\n");
  }

  private static String inline(List<Inline> parts) {
    StringBuilder s = new StringBuilder();
    for (Inline part : parts) {
      if (part instanceof Text t) {
        s.append(escape(t.text()));
      } else if (part instanceof Code c) {
        s.append("<code>").append(escape(c.text())).append("</code>");
      } else if (part instanceof Strong st) {
        s.append("<strong>").append(escape(st.text())).append("</strong>");
      } else if (part instanceof Link l) {
        s.append("<a href=\"#").append(escape(l.anchor())).append("\">").append(escape(l.text())).append("</a>");
      } else if (part instanceof ReportDocument.Mark m) {
        s.append("<mark>").append(escape(m.text())).append("</mark>");
      } else if (part instanceof Anchor a) {
        s.append("<a id=\"").append(escape(a.id())).append("\"></a>");
      }
    }
    return s.toString();
  }

  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        case '\'' -> s.append("&#39;");
        default -> s.append(c);
      }
    }
    return s.toString();
  }
}
