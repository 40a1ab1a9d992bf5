package kyokan.core.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Refuses a workbook that would exhaust memory before the reader builds its cells (a "decompression bomb":
 * 1 MB on disk, a gigabyte of text inside). Every part is inflated as a stream and counted while it is
 * read, never trusting the sizes the archive declares: each part, the shared strings, and the longest text
 * between two XML tags (a cell) have a ceiling.
 */
final class XlsxLimits {
  /** Excel itself holds at most 32,767 characters in a cell. */
  static final int MAX_CELL_CHARS = 32_767;
  // Eight bytes a character covers UTF-8 and entities such as &quot; with room to spare.
  private static final long MAX_TEXT_RUN_BYTES = 8L * MAX_CELL_CHARS;
  static final long MAX_PART_BYTES = 1L << 30;
  static final long MAX_SHARED_STRINGS_BYTES = 256L << 20;
  private static final String SHARED_STRINGS = "xl/sharedStrings.xml";

  private XlsxLimits() {}

  /** @throws UnreadableFileException naming the limit the workbook exceeds */
  static void check(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (entry.isDirectory()) continue;
        boolean text = entry.getName().endsWith(".xml");
        long limit = SHARED_STRINGS.equals(entry.getName()) ? MAX_SHARED_STRINGS_BYTES : MAX_PART_BYTES;
        try (InputStream in = zip.getInputStream(entry)) {
          scan(in, entry.getName(), limit, text);
        }
      }
    } catch (IOException e) {
      throw new UnreadableFileException("Excel（.xlsx）ファイルとして読めませんでした。 / This is not a readable .xlsx workbook.", e);
    }
  }

  private static void scan(InputStream in, String part, long limit, boolean text) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    long run = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > limit) {
        throw new UnreadableFileException("Excel ファイルの中身（" + part + "）が大きすぎます（展開して "
            + (limit >> 20) + " MB まで）。 / The workbook's part " + part + " is too large (at most " + (limit >> 20)
            + " MB uncompressed).", null);
      }
      if (!text) continue;
      for (int i = 0; i < n; i++) {
        byte b = buffer[i];
        run = b == '<' || b == '>' ? 0 : run + 1;
        if (run > MAX_TEXT_RUN_BYTES) {
          throw new UnreadableFileException("Excel ファイルに長すぎるセルがあります（1つのセルは " + String.format("%,d", MAX_CELL_CHARS)
              + " 文字まで）。 / The workbook has a cell longer than " + String.format("%,d", MAX_CELL_CHARS) + " characters.", null);
        }
      }
    }
  }
}
