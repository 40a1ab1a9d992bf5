package kyokan.core.chart;

import java.util.List;
import java.util.OptionalInt;

/**
 * A table of shaded cells, such as cohort retention: one row per first-purchase month, one column per month
 * since. Darker is higher; a cell without a value is left blank. Rows may be shorter than the columns
 * (the cohort triangle): the missing cells are blank.
 *
 * @param cells row by row; a cell's text is what the reader sees in it ("38%")
 * @param low the value drawn palest; lower values are clamped to it
 * @param high the value drawn in the full colour; higher values are clamped to it
 * @param format writes the two ends of the colour key
 */
public record HeatMap(ChartText text, List<String> rows, List<String> columns, List<List<HeatMap.Cell>> cells,
    ColorRole color, double low, double high, ValueFormat format) implements Chart {

  /** @param value null for a blank cell */
  public record Cell(Double value, String text) {
    public static final Cell BLANK = new Cell(null, "");

    public Cell {
      text = text == null ? "" : text;
    }
  }

  public HeatMap {
    rows = List.copyOf(rows);
    columns = List.copyOf(columns);
    cells = cells.stream().map(List::copyOf).toList();
    if (cells.size() != rows.size()) throw new IllegalArgumentException("one list of cells per row");
    for (List<Cell> row : cells) {
      if (row.size() > columns.size()) throw new IllegalArgumentException("a row has more cells than columns");
    }
    if (!(high > low)) throw new IllegalArgumentException("the colour scale needs low < high");
  }

  /** Shades from 0 to the highest value (1 when there is none), in the primary colour, keyed in percent. */
  public static HeatMap of(ChartText text, List<String> rows, List<String> columns, List<List<Cell>> cells) {
    double highest = cells.stream().flatMap(List::stream).map(Cell::value)
        .filter(v -> v != null && Double.isFinite(v)).mapToDouble(Double::doubleValue).max().orElse(1);
    return new HeatMap(text, rows, columns, cells, ColorRole.PRIMARY, 0, highest > 0 ? highest : 1,
        ValueFormat.percent());
  }

  public HeatMap withScale(double low, double high) {
    return new HeatMap(text, rows, columns, cells, color, low, high, format);
  }

  public HeatMap withColor(ColorRole color) {
    return new HeatMap(text, rows, columns, cells, color, low, high, format);
  }

  public HeatMap withFormat(ValueFormat format) {
    return new HeatMap(text, rows, columns, cells, color, low, high, format);
  }

  /** Where {@code value} sits on the colour scale, 0..1. */
  public double intensity(double value) {
    return Math.max(0, Math.min(1, (value - low) / (high - low)));
  }

  /** The fill of a cell as 0xRRGGBB, or empty for a blank cell. */
  public OptionalInt fill(Cell cell) {
    if (cell.value() == null || !Double.isFinite(cell.value())) return OptionalInt.empty();
    return OptionalInt.of(color.shade(intensity(cell.value())));
  }

  @Override
  public boolean isEmpty() {
    return rows.isEmpty() || columns.isEmpty()
        || cells.stream().flatMap(List::stream).allMatch(c -> fill(c).isEmpty());
  }

  @Override
  public Drawing layout() {
    return HeatMapLayout.of(this);
  }
}
