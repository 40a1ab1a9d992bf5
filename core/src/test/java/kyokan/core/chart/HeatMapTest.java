package kyokan.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class HeatMapTest {
  private static final ChartText TEXT = ChartText.of("リピート率", "", "データなし");

  private static HeatMap map(List<List<HeatMap.Cell>> cells) {
    return HeatMap.of(TEXT, List.of("2024年1月", "2024年2月"), List.of("0", "1", "2"), cells);
  }

  @Test
  void theScaleRunsFromZeroToTheHighestValueByDefault() {
    HeatMap map = map(List.of(List.of(cell(1), cell(0.3), cell(0.1)), List.of(cell(1), cell(0.25))));

    assertEquals(0, map.low());
    assertEquals(1, map.high());
    assertEquals(0.3, map.intensity(0.3), 1e-12);
  }

  @Test
  void valuesOutsideAChosenScaleAreClampedToItsEnds() {
    HeatMap map = map(List.of(List.of(cell(1), cell(0.3)), List.of(cell(0.1)))).withScale(0.1, 0.4);

    assertEquals(1, map.intensity(1));
    assertEquals(0, map.intensity(0));
    assertEquals(0.5, map.intensity(0.25), 1e-12);
    assertEquals(map.fill(cell(1)), map.fill(cell(0.4)));
    assertEquals(OptionalInt.of(ColorRole.PRIMARY.rgb()), map.fill(cell(0.4)));
  }

  @Test
  void higherValuesAreDrawnDarker() {
    HeatMap map = map(List.of(List.of(cell(1)), List.of()));
    double previous = 101;
    for (int i = 0; i <= 20; i++) {
      double lightness = ColorRole.lightness(map.fill(cell(i / 20.0)).getAsInt());
      assertTrue(lightness < previous, "step " + i);
      previous = lightness;
    }
    assertTrue(ColorRole.lightness(map.fill(cell(0)).getAsInt()) > 90, "the low end is a pale tint, not white");
    assertTrue(map.fill(cell(0)).getAsInt() != 0xffffff);
  }

  @Test
  void cellsWithoutAValueAreLeftBlank() {
    HeatMap map = map(List.of(List.of(cell(1), HeatMap.Cell.BLANK, cell(0.2)), List.of(cell(0.5))));

    assertTrue(map.fill(HeatMap.Cell.BLANK).isEmpty());
    Drawing drawing = map.layout();
    List<String> notes = Marks.of(drawing, Mark.Rect.class).stream().map(Mark.Rect::note).filter(n -> n != null)
        .toList();
    assertEquals(List.of("2024年1月 / 0: 100%", "2024年1月 / 2: 20%", "2024年2月 / 0: 50%"), notes);
  }

  @Test
  void textOnDarkCellsIsWhiteAndOnPaleCellsDark() {
    Drawing drawing = map(List.of(List.of(cell(1), cell(0.05)), List.of())).layout();

    Mark.Text dark = text(drawing, "100%");
    Mark.Text pale = text(drawing, "5%");
    assertEquals(0xffffff, dark.fill());
    assertEquals(Frame.INK, pale.fill());
  }

  @Test
  void aTableWithoutValuesShowsTheNoDataText() {
    Drawing drawing = map(List.of(List.of(HeatMap.Cell.BLANK), List.of())).layout();

    assertEquals(List.of("データなし"), Marks.texts(drawing));
  }

  @Test
  void aRowWiderThanTheColumnsIsRefused() {
    List<HeatMap.Cell> four = List.of(cell(1), cell(1), cell(1), cell(1));

    assertThrows(IllegalArgumentException.class, () -> map(List.of(four, List.of())));
  }

  @Test
  void aWideCohortTableStillFitsTheFrame() {
    Drawing drawing = SampleCharts.retention(36).layout();

    for (Mark.Rect rect : Marks.of(drawing, Mark.Rect.class)) {
      assertTrue(rect.x() >= 0 && rect.x() + rect.width() <= drawing.width() + 1e-9, rect.toString());
    }
    assertEquals(36 * 37 / 2, Marks.of(drawing, Mark.Rect.class).stream().filter(r -> r.note() != null).count());
  }

  private static HeatMap.Cell cell(double value) {
    return new HeatMap.Cell(value, ValueFormat.percent().format(value));
  }

  /** The last text reading {@code text}: the cell's, since the colour key comes first. */
  private static Mark.Text text(Drawing drawing, String text) {
    return Marks.of(drawing, Mark.Text.class).stream().filter(t -> t.text().equals(text)).reduce((a, b) -> b)
        .orElseThrow();
  }
}
