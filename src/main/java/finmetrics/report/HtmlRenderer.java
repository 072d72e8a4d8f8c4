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
      <title>%s</title>
      <style>
      body { font-family: sans-serif; max-width: 80rem; margin: 2rem auto; padding: 0 1rem; color: #111; }
      table { border-collapse: collapse; font-size: 0.9rem; }
      th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; }
      td { text-align: right; }
      td:first-child { text-align: left; }
      a { color: #0b5cad; }
      img, svg { max-width: 100%%; height: auto; }
      :target { background: #fff3b0; }
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
      html.append("<h").append(h.level()).append('>').append(escape(h.text()))
          .append("</h").append(h.level()).append(">\n");
    } else if (b instanceof Paragraph p) {
      html.append("<p>").append(inline(p.parts())).append("</p>\n");
    } else if (b instanceof Bullets list) {
      html.append("<ul>\n");
      for (List<Inline> item : list.items()) {
        html.append("<li>").append(inline(item)).append("</li>\n");
      }
      html.append("</ul>\n");
    } else if (b instanceof Table t) {
      table(t, html);
    } else if (b instanceof Image i) {
      image(i, html);
    }
  }

  private static void table(Table t, StringBuilder html) {
    html.append("<table>\n<thead><tr>");
    t.header().forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
    html.append("</tr></thead>\n<tbody>\n");
    for (List<List<Inline>> row : t.rows()) {
      html.append("<tr>");
      for (List<Inline> cell : row) {
        html.append("<td>").append(inline(cell)).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n");
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
