package kyokan.core.importing;

import java.util.List;

/** What the CSV and the .xlsx readers share: the header is the first non-blank row, and rows are counted. */
abstract class RowStreamReader implements TableReader {
  private List<String> header = List.of();
  private volatile long rowsRead;

  /** The next row of the file, blank ones included, or null at the end. */
  protected abstract TableRow next();

  /**
   * Reads up to the first non-blank row and keeps it as the header; called once by the constructor.
   *
   * @throws UnreadableFileException when the file holds nothing but blank rows
   */
  protected final void readHeader() {
    TableRow row;
    while ((row = next()) != null) {
      if (!row.isBlank()) {
        header = row.cells();
        return;
      }
    }
    throw new UnreadableFileException("このファイルは空です（空の行しかありません）。 / This file is empty (it has blank lines only).", null);
  }

  protected final long rowsRead() {
    return rowsRead;
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public TableRow readRow() {
    TableRow row = next();
    if (row != null) rowsRead++;
    return row;
  }
}
