package kyokan.core.importing;

import java.util.List;

/**
 * One row of a file as text cells.
 *
 * @param rowNumber 1-based position in the file as a spreadsheet shows it (the header is usually row 1)
 */
public record TableRow(long rowNumber, List<String> cells) {
  public TableRow {
    cells = List.copyOf(cells);
  }

  /** The cell at a 0-based column, or "" when the row is shorter. */
  public String cell(int column) {
    return column >= 0 && column < cells.size() ? cells.get(column) : "";
  }

  public boolean isBlank() {
    return cells.stream().allMatch(String::isBlank);
  }
}
