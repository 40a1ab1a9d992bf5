package kyokan.core.chart;

import java.util.List;

/** Picks marks of one kind out of a drawing. */
final class Marks {
  private Marks() {}

  static <T extends Mark> List<T> of(Drawing drawing, Class<T> kind) {
    return drawing.marks().stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  static List<String> texts(Drawing drawing) {
    return of(drawing, Mark.Text.class).stream().map(Mark.Text::text).toList();
  }

  static List<Mark.Rect> noted(Drawing drawing, String noteStart) {
    return of(drawing, Mark.Rect.class).stream().filter(r -> r.note() != null && r.note().startsWith(noteStart))
        .toList();
  }
}
