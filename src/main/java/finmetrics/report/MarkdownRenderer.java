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
import java.util.List;

/** Renders the report as GitHub-flavoured Markdown; document text is escaped so it stays text. */
final class MarkdownRenderer {
  private MarkdownRenderer() {}

  static String render(ReportDocument.Report report) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(escape(report.title())).append("\n");
    for (Block b : report.blocks()) {
      md.append("\n");
      block(b, md);
    }
    return md.toString();
  }

  private static void block(Block b, StringBuilder md) {
    if (b instanceof Heading h) {
      md.append("#".repeat(h.level())).append(' ').append(escape(h.text())).append("\n");
    } else if (b instanceof Paragraph p) {
      md.append(inline(p.parts())).append("\n");
    } else if (b instanceof Bullets list) {
      for (List<Inline> item : list.items()) {
        md.append("- ").append(inline(item)).append("\n");
      }
    } else if (b instanceof Table t) {
      table(t, md);
    } else if (b instanceof ReportDocument.Collapsed c) {
      block(c.content(), md);
    } else if (b instanceof Image i) {
      md.append("![").append(escape(i.title())).append("](charts/").append(i.file()).append(")\n");
    }
  }

  private static void table(Table t, StringBuilder md) {
    md.append('|');
    t.header().forEach(h -> md.append(' ').append(escape(h)).append(" |"));
    md.append("\n|");
    t.header().forEach(h -> md.append(" --- |"));
    md.append('\n');
    for (List<List<Inline>> row : t.rows()) {
      md.append('|');
      for (List<Inline> cell : row) {
        md.append(' ').append(inline(cell)).append(" |");
      }
      md.append('\n');
    }
  }

  private static String inline(List<Inline> parts) {
    StringBuilder s = new StringBuilder();
    for (Inline part : parts) {
      if (part instanceof Text t) {
        s.append(escape(t.text()));
      } else if (part instanceof Code c) {
        // A code span keeps its text literally except the pipe, which GFM tables split on.
        s.append('`').append(c.text().replace('`', '\'').replace("|", "\\|")).append('`');
      } else if (part instanceof Strong st) {
        s.append("**").append(escape(st.text())).append("**");
      } else if (part instanceof Link l) {
        s.append('[').append(escape(l.text())).append("](#").append(l.anchor()).append(')');
      } else if (part instanceof ReportDocument.Mark m) {
        s.append(escape(m.text()));
      } else if (part instanceof Anchor a) {
        s.append("<a id=\"").append(a.id()).append("\"></a>");
      }
    }
    return s.toString();
  }

  /** Backslash-escapes every character Markdown could read as markup, and flattens line breaks. */
  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        s.append(' ');
      } else if ("\\`*_[]<>|#!~&$".indexOf(c) >= 0) {
        s.append('\\').append(c);
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }
}
