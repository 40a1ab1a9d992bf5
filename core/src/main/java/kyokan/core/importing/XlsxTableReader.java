package kyokan.core.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Reads one sheet of an .xlsx workbook with fastexcel-reader, streaming the sheet's XML row by row. */
final class XlsxTableReader extends RowStreamReader {
  // Cell formats are needed to tell a date from a plain number.
  private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);

  private final ReadableWorkbook workbook;
  private final Stream<Row> stream;
  private final Iterator<Row> rows;
  private final long lastRow;
  // Progress may be asked from another thread while this one reads.
  private volatile long rowNumber;

  XlsxTableReader(Path file, String sheetName) {
    workbook = openWorkbook(file);
    try {
      Sheet sheet = sheetName == null || sheetName.isEmpty() ? workbook.getFirstSheet()
          : workbook.findSheet(sheetName).orElseThrow(
              () -> new UnreadableFileException("シート「" + sheetName + "」が見つかりません。", null));
      lastRow = XlsxSheetSize.lastRow(file, sheet.getId());
      stream = sheet.openStream();
      rows = stream.iterator();
      readHeader();
    } catch (IOException | RuntimeException e) {
      close();
      throw e instanceof UnreadableFileException u ? u : new UnreadableFileException("Excel ファイルのシートを読めませんでした。", e);
    }
  }

  static List<String> sheetNames(Path file) {
    try (ReadableWorkbook wb = openWorkbook(file)) {
      return wb.getSheets().map(Sheet::getName).toList();
    } catch (IOException e) {
      throw new UnreadableFileException("Excel ファイルを読めませんでした。", e);
    }
  }

  private static ReadableWorkbook openWorkbook(Path file) {
    // Before fastexcel reads anything: it keeps shared strings and each cell's text whole in memory.
    XlsxLimits.check(file);
    try {
      return new ReadableWorkbook(file.toFile(), WITH_FORMATS);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableFileException("Excel（.xlsx）ファイルとして読めませんでした。", e);
    }
  }

  @Override
  protected TableRow next() {
    try {
      if (!rows.hasNext()) return null;
      Row row = rows.next();
      rowNumber = row.getRowNum();
      List<String> cells = new ArrayList<>(row.getCellCount());
      for (int i = 0; i < row.getCellCount(); i++) cells.add(XlsxCells.text(row.getCell(i), workbook.isDate1904()));
      return new TableRow(rowNumber, cells);
    } catch (RuntimeException e) {
      throw new UnreadableFileException((rowNumber + 1) + " 行目付近が読めませんでした。", e);
    }
  }

  @Override
  public ImportProgress progress() {
    return new ImportProgress(rowsRead(), rowNumber, lastRow);
  }

  @Override
  public void close() {
    try {
      if (stream != null) stream.close();
      if (workbook != null) workbook.close();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
