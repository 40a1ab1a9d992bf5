package kyokan.core.chart;

import java.util.List;

/** One thing to draw. Colours are 0xRRGGBB; a note is the hover text of a shape (null for none). */
public sealed interface Mark {

  enum Anchor { START, MIDDLE, END }

  enum Dash {
    SOLID(), DASHED(6, 4), DOTTED(2, 3);

    private final List<Integer> pattern;

    Dash(Integer... pattern) {
      this.pattern = List.of(pattern);
    }

    /** Lengths of dash and gap; empty for a solid line. */
    public List<Integer> pattern() {
      return pattern;
    }
  }

  record Rect(double x, double y, double width, double height, int fill, String note) implements Mark {}

  record Line(double x1, double y1, double x2, double y2, int stroke, double strokeWidth, Dash dash)
      implements Mark {}

  /** An open polyline. */
  record Path(List<Curve.Point> points, int stroke, double strokeWidth, Dash dash, String note) implements Mark {
    public Path {
      points = List.copyOf(points);
    }
  }

  record Dot(double x, double y, double radius, int fill, String note) implements Mark {}

  /** @param rotation degrees, clockwise as on screen, around (x, y) */
  record Text(double x, double y, String text, double size, Anchor anchor, int fill, boolean bold,
      double rotation) implements Mark {}
}
