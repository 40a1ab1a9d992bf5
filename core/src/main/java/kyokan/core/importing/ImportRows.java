package kyokan.core.importing;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The data rows of an open file, read one at a time into values or problems. Blank rows are skipped; a text
 * row of the wrong shape ({@link RowShape}) is a problem row without being read further. Close
 * it (try-with-resources) to release the file; progress is reported every {@value #PROGRESS_EVERY} rows
 * and once at the end.
 */
public final class ImportRows<T> implements Iterator<ParsedRow<T>>, AutoCloseable {
  static final int PROGRESS_EVERY = 1_000;

  private final TableReader reader;
  private final RowConverter<T> converter;
  private final RowShape shape;
  private final Consumer<ImportProgress> listener;
  private ParsedRow<T> next;
  private boolean finished;

  /** @param shape the text file's row check, or null for none */
  ImportRows(TableReader reader, RowConverter<T> converter, RowShape shape, Consumer<ImportProgress> listener) {
    this.reader = reader;
    this.converter = converter;
    this.shape = shape;
    this.listener = listener == null ? p -> {} : listener;
  }

  /** The file's header row. */
  public List<String> header() {
    return reader.header();
  }

  /** Rows read so far and the share of the file they cover; safe to ask from another thread. */
  public ImportProgress progress() {
    return reader.progress();
  }

  @Override
  public boolean hasNext() {
    if (next != null) return true;
    if (finished) return false;
    TableRow row = reader.readRow();
    while (row != null && row.isBlank()) row = reader.readRow();
    if (row == null) {
      finished = true;
      listener.accept(reader.progress());
      return false;
    }
    RowProblem malformed = shape == null ? null : shape.problem(row);
    next = malformed == null ? converter.convert(row) : new ParsedRow<>(row.rowNumber(), null, List.of(malformed));
    if (reader.progress().rowsRead() % PROGRESS_EVERY == 0) listener.accept(reader.progress());
    return true;
  }

  @Override
  public ParsedRow<T> next() {
    if (!hasNext()) throw new NoSuchElementException();
    ParsedRow<T> row = next;
    next = null;
    return row;
  }

  /** The rows as a sequential stream; closing the stream closes the file. */
  public Stream<ParsedRow<T>> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(this::close);
  }

  /** The values of the valid rows only, read lazily as the file streams through (problem rows are passed over). */
  public java.util.Iterator<T> validValues() {
    return stream().filter(ParsedRow::isValid).map(ParsedRow::value).iterator();
  }

  @Override
  public void close() {
    reader.close();
  }
}
