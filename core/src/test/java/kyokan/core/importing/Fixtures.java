package kyokan.core.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Hand-made shop files for the tests, written into a temporary folder. */
final class Fixtures {
  static final Charset SHIFT_JIS = Charset.forName("windows-31j");

  private Fixtures() {}

  static Path text(Path dir, String name, String content, Charset charset) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content.getBytes(charset));
    return file;
  }

  static Path utf8(Path dir, String name, String content) throws IOException {
    return text(dir, name, content, StandardCharsets.UTF_8);
  }

  /** UTF-8 with the byte order mark Excel writes for "CSV UTF-8". */
  static Path utf8WithBom(Path dir, String name, String content) throws IOException {
    Path file = dir.resolve(name);
    byte[] body = content.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    Files.write(file, bytes);
    return file;
  }

  /**
   * A workbook with one sheet per entry; a cell is written as a date-time with a date format when it is a
   * {@link LocalDateTime}, as a number when it is a {@link Number}, else as text.
   */
  static Path xlsx(Path dir, String name, List<String> sheetNames, List<List<List<Object>>> sheets) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file); Workbook wb = new Workbook(out, "KyokanTest", "1.0")) {
      for (int s = 0; s < sheets.size(); s++) {
        Worksheet ws = wb.newWorksheet(sheetNames.get(s));
        List<List<Object>> rows = sheets.get(s);
        for (int r = 0; r < rows.size(); r++) {
          for (int c = 0; c < rows.get(r).size(); c++) write(ws, r, c, rows.get(r).get(c));
        }
      }
    }
    return file;
  }

  private static void write(Worksheet ws, int r, int c, Object value) {
    if (value == null) return;
    if (value instanceof LocalDateTime t) {
      ws.value(r, c, t);
      ws.style(r, c).format(t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? "yyyy/mm/dd" : "yyyy/mm/dd hh:mm").set();
    } else if (value instanceof Number n) {
      ws.value(r, c, n);
    } else {
      ws.value(r, c, value.toString());
    }
  }
}
