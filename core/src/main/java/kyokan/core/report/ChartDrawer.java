package kyokan.core.report;

import java.io.IOException;
import java.util.List;
import kyokan.core.chart.Curve;
import kyokan.core.chart.Drawing;
import kyokan.core.chart.Mark;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws a chart's {@link Drawing} as PDF vectors: the same marks the page writes as SVG, scaled from the
 * drawing's 800-unit frame to the given width, y flipped (the drawing's y grows down, the PDF's up). Text
 * anchors use the embedded font's real widths.
 */
final class ChartDrawer {
  /** Bézier handle length for a quarter circle. */
  private static final float KAPPA = 0.5523f;

  private final PDPageContentStream cs;
  private final ReportFont font;
  private final float left;
  private final float top;
  private final float scale;

  /** @param top the PDF y of the drawing's top edge */
  ChartDrawer(PDPageContentStream cs, ReportFont font, float left, float top, float scale) {
    this.cs = cs;
    this.font = font;
    this.left = left;
    this.top = top;
    this.scale = scale;
  }

  void draw(Drawing drawing) throws IOException {
    cs.saveGraphicsState();
    for (Mark mark : drawing.marks()) {
      if (mark instanceof Mark.Rect r) {
        rect(r);
      } else if (mark instanceof Mark.Line l) {
        line(l.x1(), l.y1(), l.x2(), l.y2(), l.stroke(), l.strokeWidth(), l.dash());
      } else if (mark instanceof Mark.Path p) {
        path(p.points(), p.stroke(), p.strokeWidth(), p.dash());
      } else if (mark instanceof Mark.Dot d) {
        dot(d);
      } else if (mark instanceof Mark.Text t) {
        text(t);
      }
    }
    cs.restoreGraphicsState();
  }

  private float x(double x) {
    return left + (float) x * scale;
  }

  private float y(double y) {
    return top - (float) y * scale;
  }

  private void rect(Mark.Rect r) throws IOException {
    double x = Math.min(r.x(), r.x() + r.width());
    double yTop = Math.min(r.y(), r.y() + r.height());
    double w = Math.abs(r.width());
    double h = Math.abs(r.height());
    if (w == 0 || h == 0) return;
    PageFlow.rect(cs, x(x), y(yTop + h), (float) w * scale, (float) h * scale, r.fill());
  }

  private void line(double x1, double y1, double x2, double y2, int rgb, double width, Mark.Dash dash) throws IOException {
    stroke(rgb, width, dash);
    cs.moveTo(x(x1), y(y1));
    cs.lineTo(x(x2), y(y2));
    cs.stroke();
  }

  private void path(List<Curve.Point> points, int rgb, double width, Mark.Dash dash) throws IOException {
    if (points.size() < 2) return;
    stroke(rgb, width, dash);
    cs.setLineJoinStyle(1);
    cs.setLineCapStyle(1);
    cs.moveTo(x(points.get(0).x()), y(points.get(0).y()));
    for (int i = 1; i < points.size(); i++) cs.lineTo(x(points.get(i).x()), y(points.get(i).y()));
    cs.stroke();
    cs.setLineCapStyle(0);
  }

  private void stroke(int rgb, double width, Mark.Dash dash) throws IOException {
    PageFlow.stroke(cs, rgb);
    cs.setLineWidth((float) width * scale);
    float[] pattern = new float[dash.pattern().size()];
    for (int i = 0; i < pattern.length; i++) pattern[i] = dash.pattern().get(i) * scale;
    cs.setLineDashPattern(pattern, 0);
  }

  private void dot(Mark.Dot d) throws IOException {
    float cx = x(d.x());
    float cy = y(d.y());
    float r = (float) d.radius() * scale;
    float k = r * KAPPA;
    PageFlow.fill(cs, d.fill());
    cs.moveTo(cx + r, cy);
    cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
    cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
    cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
    cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
    cs.fill();
  }

  private void text(Mark.Text t) throws IOException {
    String text = font.printable(t.text());
    float size = (float) t.size() * scale;
    float width = font.width(text, size);
    float shift = switch (t.anchor()) {
      case START -> 0;
      case MIDDLE -> width / 2;
      case END -> width;
    };
    // Clockwise on screen (y down) is clockwise on paper too, which is a negative angle in PDF space (y up).
    double angle = Math.toRadians(-t.rotation());
    float x = x(t.x()) - shift * (float) Math.cos(angle);
    float y = y(t.y()) - shift * (float) Math.sin(angle);
    PageFlow.text(cs, font, text, x, y, size, t.fill(), t.bold(), angle);
  }
}
