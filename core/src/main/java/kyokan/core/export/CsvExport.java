package kyokan.core.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a table as CSV for Excel (FastCSV does the quoting; CRLF line ends). A character Shift_JIS
 * cannot hold becomes "?". Text that Excel would run as a formula (starting with =, +, @ or a minus that
 * is not a number) gets a leading apostrophe, so a customer named "=HYPERLINK(…)" stays a name.
 */
public final class CsvExport {
  private CsvExport() {}

  public static byte[] write(List<String> header, Iterable<? extends List<String>> rows, CsvEncoding encoding) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(bytes, encoding.charset());
         CsvWriter csv = CsvWriter.builder().build(writer)) {
      if (encoding == CsvEncoding.UTF8_BOM) writer.write('\uFEFF');
      csv.writeRecord(header);
      for (List<String> row : rows) csv.writeRecord(defused(row));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static List<String> defused(List<String> row) {
    List<String> cells = new ArrayList<>(row.size());
    for (String cell : row) cells.add(cell == null ? "" : isFormula(cell) ? "'" + cell : cell);
    return cells;
  }

  private static boolean isFormula(String cell) {
    if (cell.isEmpty()) return false;
    char first = cell.charAt(0);
    if (first == '=' || first == '+' || first == '@' || first == '\t' || first == '\r') return true;
    return first == '-' && !cell.matches("-\\d[\\d,]*(\\.\\d+)?");
  }
}
