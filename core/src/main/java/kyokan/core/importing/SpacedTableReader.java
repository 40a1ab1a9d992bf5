package kyokan.core.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads text whose fields are separated by runs of spaces or tabs, leading and trailing blanks ignored
 * ({@code  00001  19970101  1  11.77}): the line format of older tills and mainframe-style exports.
 */
final class SpacedTableReader extends RowStreamReader {
  private final CountingInputStream counter;
  private final BufferedReader lines;
  private final long size;
  private long lineNumber;

  SpacedTableReader(Path file, TextEncoding encoding) {
    try {
      size = Files.size(file);
      counter = new CountingInputStream(Files.newInputStream(file));
      InputStream in = new java.io.BufferedInputStream(counter);
      lines = new BufferedReader(new InputStreamReader(in, encoding.charset()));
      readHeader();
    } catch (IOException e) {
      close();
      throw new UnreadableFileException("ファイルを開けませんでした。 / The file cannot be opened.", e);
    }
  }

  /** The fields of one line: the runs of characters between spaces and tabs. */
  static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    int i = 0;
    int n = line.length();
    while (i < n) {
      while (i < n && isBlank(line.charAt(i))) i++;
      int start = i;
      while (i < n && !isBlank(line.charAt(i))) i++;
      if (i > start) fields.add(line.substring(start, i));
    }
    return fields;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u3000';
  }

  @Override
  protected TableRow next() {
    try {
      String line = lines.readLine();
      if (line == null) return null;
      lineNumber++;
      if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
      return new TableRow(lineNumber, split(line));
    } catch (IOException e) {
      throw new UnreadableFileException("ファイルの読み込み中にエラーが起きました。 / The file could not be read to the end.", e);
    }
  }

  @Override
  public ImportProgress progress() {
    return new ImportProgress(rowsRead(), counter == null ? 0 : counter.count(), size);
  }

  @Override
  public void close() {
    try {
      if (lines != null) lines.close();
      else if (counter != null) counter.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
