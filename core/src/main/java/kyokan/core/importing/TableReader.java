package kyokan.core.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the rows of a CSV, TSV or .xlsx file as text cells: first the header (the first non-blank row),
 * then the data rows one by one. Nothing holds more than the current row, so files of any size can be read.
 */
public interface TableReader extends AutoCloseable {

  /**
   * Opens a file with the given options.
   *
   * @throws UnreadableFileException when the file cannot be opened, is empty, or the sheet does not exist
   */
  static TableReader open(Path file, ImportOptions options) {
    return switch (options.format()) {
      case XLSX -> new XlsxTableReader(file, options.sheet());
      case SPACED -> new SpacedTableReader(file, options.encoding());
      case CSV, TSV -> new DelimitedTableReader(file, options.encoding(), options.delimiter());
    };
  }

  /** The header and the first {@code rows} data rows of a file (blank rows included, as the user sees them). */
  static TablePreview preview(Path file, ImportOptions options, int rows) {
    try (TableReader reader = open(file, options)) {
      List<TableRow> first = new ArrayList<>();
      TableRow row;
      while (first.size() < rows && (row = reader.readRow()) != null) first.add(row);
      return new TablePreview(options, reader.header(), first);
    }
  }

  /** The sheet names of an .xlsx workbook, in tab order. */
  static List<String> sheetNames(Path file) {
    return XlsxTableReader.sheetNames(file);
  }

  /** The header cells (an empty file is refused when it is opened). */
  List<String> header();

  /** The next data row, or null at the end of the file. */
  TableRow readRow();

  /** Rows read so far and the share of the file they cover. */
  ImportProgress progress();

  @Override
  void close();
}
