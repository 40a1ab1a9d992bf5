package kyokan.core.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes a chart as one standalone, inline {@code <svg>}: readable without JavaScript, printable, as wide as
 * its container. It only serialises the {@link Drawing}; every layout decision is made before. Text takes
 * the page's font; the same drawing always gives the same bytes.
 */
public final class SvgChart {
  private SvgChart() {}

  public static String render(Chart chart) {
    return render(chart.layout());
  }

  public static String render(Drawing drawing) {
    StringBuilder svg = new StringBuilder(4096);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(number(drawing.width()))
        .append(' ').append(number(drawing.height())).append("\" width=\"100%\" role=\"img\" font-family=\"inherit\"")
        .append(" class=\"kyokan-chart\">\n");
    svg.append("<title>").append(escape(drawing.title())).append("</title>\n");
    svg.append("<desc>").append(escape(drawing.summary())).append("</desc>\n");
    for (Mark mark : drawing.marks()) {
      write(svg, mark);
      svg.append('\n');
    }
    return svg.append("</svg>\n").toString();
  }

  private static void write(StringBuilder svg, Mark mark) {
    if (mark instanceof Mark.Rect r) {
      svg.append("<rect x=\"").append(number(r.x())).append("\" y=\"").append(number(r.y()))
          .append("\" width=\"").append(number(r.width())).append("\" height=\"").append(number(r.height()))
          .append("\" fill=\"").append(color(r.fill())).append('"');
      close(svg, "rect", r.note());
    } else if (mark instanceof Mark.Line l) {
      svg.append("<line x1=\"").append(number(l.x1())).append("\" y1=\"").append(number(l.y1()))
          .append("\" x2=\"").append(number(l.x2())).append("\" y2=\"").append(number(l.y2())).append('"');
      stroke(svg, l.stroke(), l.strokeWidth(), l.dash());
      svg.append("/>");
    } else if (mark instanceof Mark.Path p) {
      svg.append("<polyline points=\"").append(p.points().stream()
          .map(pt -> number(pt.x()) + "," + number(pt.y())).collect(Collectors.joining(" "))).append("\" fill=\"none\"");
      stroke(svg, p.stroke(), p.strokeWidth(), p.dash());
      svg.append(" stroke-linejoin=\"round\"");
      close(svg, "polyline", p.note());
    } else if (mark instanceof Mark.Dot d) {
      svg.append("<circle cx=\"").append(number(d.x())).append("\" cy=\"").append(number(d.y()))
          .append("\" r=\"").append(number(d.radius())).append("\" fill=\"").append(color(d.fill())).append('"');
      close(svg, "circle", d.note());
    } else if (mark instanceof Mark.Text t) {
      text(svg, t);
    }
  }

  private static void text(StringBuilder svg, Mark.Text t) {
    svg.append("<text x=\"").append(number(t.x())).append("\" y=\"").append(number(t.y()))
        .append("\" font-size=\"").append(number(t.size())).append("\" fill=\"").append(color(t.fill())).append('"');
    if (t.anchor() != Mark.Anchor.START) {
      svg.append(" text-anchor=\"").append(t.anchor() == Mark.Anchor.END ? "end" : "middle").append('"');
    }
    if (t.bold()) svg.append(" font-weight=\"bold\"");
    if (t.rotation() != 0) {
      svg.append(" transform=\"rotate(").append(number(t.rotation())).append(' ').append(number(t.x())).append(' ')
          .append(number(t.y())).append(")\"");
    }
    svg.append('>').append(escape(t.text())).append("</text>");
  }

  private static void stroke(StringBuilder svg, int color, double width, Mark.Dash dash) {
    svg.append(" stroke=\"").append(color(color)).append("\" stroke-width=\"").append(number(width)).append('"');
    if (!dash.pattern().isEmpty()) {
      svg.append(" stroke-dasharray=\"").append(dash.pattern().stream().map(String::valueOf)
          .collect(Collectors.joining(" "))).append('"');
    }
  }

  /** A shape with a note gets a {@code <title>} child: the browser's hover text, no script needed. */
  private static void close(StringBuilder svg, String element, String note) {
    if (note == null || note.isEmpty()) {
      svg.append("/>");
    } else {
      svg.append("><title>").append(escape(note)).append("</title></").append(element).append('>');
    }
  }

  /** At most two decimals, no trailing zeros, "." as the point whatever the JVM's locale; never "-0". */
  static String number(double value) {
    if (!Double.isFinite(value)) return "0";
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    if (rounded.signum() == 0) return "0";
    return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
  }

  static String color(int rgb) {
    return String.format(Locale.ROOT, "#%06x", rgb & 0xffffff);
  }

  /** Text and attribute values made safe for XML; characters XML does not allow are dropped. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            if (c != 0xfffe && c != 0xffff) out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
