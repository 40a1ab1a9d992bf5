package kyokan.core.importing;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads CSV and TSV with FastCSV, streaming, decoding with the chosen encoding. */
final class DelimitedTableReader extends RowStreamReader {
  /** FastCSV's own limit on one value (its buffer), which keeps memory bounded on any file. */
  static final int MAX_FIELD_CHARS = 16 * 1024 * 1024;
  private final CountingInputStream counter;
  private final CsvReader<CsvRecord> csv;
  private final CloseableIterator<CsvRecord> records;
  private final long size;
  private long recordNumber;
  // Progress may be asked from another thread while this one reads.

  DelimitedTableReader(Path file, TextEncoding encoding, char delimiter) {
    try {
      size = Files.size(file);
      counter = new CountingInputStream(Files.newInputStream(file));
      InputStream in = new BufferedInputStream(counter);
      if (encoding == TextEncoding.UTF_8) skipByteOrderMark(in);
      csv = CsvReader.builder().fieldSeparator(delimiter)
          // Row numbers must match what a spreadsheet shows, so blank lines are kept and skipped later.
          .skipEmptyLines(false).allowExtraFields(true).allowMissingFields(true).maxBufferSize(MAX_FIELD_CHARS)
          .ofCsvRecord(new InputStreamReader(in, encoding.charset()));
      records = csv.iterator();
      readHeader();
    } catch (IOException e) {
      close();
      throw new UnreadableFileException("ファイルを開けませんでした。", e);
    }
  }

  private static void skipByteOrderMark(InputStream in) throws IOException {
    in.mark(3);
    byte[] start = in.readNBytes(3);
    if (ByteOrderMark.utf8Length(start, start.length) == 0) in.reset();
  }

  @Override
  protected TableRow next() {
    try {
      if (!records.hasNext()) return null;
      CsvRecord record = records.next();
      recordNumber++;
      return new TableRow(recordNumber, record.getFields());
    } catch (CsvParseException e) {
      // FastCSV refuses only what exceeds its limits (a value, a row, a count of fields); quotes it reads leniently.
      throw new UnreadableFileException((recordNumber + 1) + " 行目付近の値が長すぎるため読めません（1つの値は "
          + String.format("%,d", MAX_FIELD_CHARS) + " 文字まで）。 / A value near row " + (recordNumber + 1)
          + " is too long to read (at most " + String.format("%,d", MAX_FIELD_CHARS) + " characters).", e);
    } catch (UncheckedIOException e) {
      throw new UnreadableFileException("ファイルの読み込み中にエラーが起きました。", e);
    }
  }

  @Override
  public ImportProgress progress() {
    return new ImportProgress(rowsRead(), counter == null ? 0 : counter.count(), size);
  }

  @Override
  public void close() {
    try {
      if (csv != null) csv.close();
      else if (counter != null) counter.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
