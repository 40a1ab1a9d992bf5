package kyokan.core.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How to read a file: its format, and for text files the encoding and delimiter, for workbooks the sheet.
 * {@link #detect} guesses them; the user may override each with the {@code with…} methods.
 *
 * @param encoding ignored for XLSX
 * @param delimiter ignored for XLSX; always tab for TSV; {@link #WHITESPACE} for SPACED
 * @param sheet the sheet name for XLSX; null means the first sheet
 */
public record ImportOptions(FileFormat format, TextEncoding encoding, char delimiter, String sheet) {
  static final int SAMPLE_BYTES = 64 * 1024;
  /** The delimiter that stands for "a run of spaces or tabs" (SPACED files). */
  public static final char WHITESPACE = ' ';

  public ImportOptions {
    if (format == null) throw new IllegalArgumentException("format is required");
    if (encoding == null) encoding = TextEncoding.UTF_8;
    if (format == FileFormat.TSV) delimiter = '\t';
    if (format == FileFormat.CSV && delimiter == '\t') format = FileFormat.TSV;
    if (format == FileFormat.SPACED) delimiter = WHITESPACE;
    if (format == FileFormat.CSV && delimiter == WHITESPACE) format = FileFormat.SPACED;
  }

  /** Options for a comma-separated UTF-8 file. */
  public static ImportOptions csv() {
    return new ImportOptions(FileFormat.CSV, TextEncoding.UTF_8, ',', null);
  }

  /** Options for the first sheet of a workbook. */
  public static ImportOptions xlsx() {
    return new ImportOptions(FileFormat.XLSX, TextEncoding.UTF_8, ',', null);
  }

  /**
   * Looks at the first 64 KB of a file: a ZIP signature means an .xlsx workbook; otherwise the encoding
   * (byte order mark, else UTF-8 if valid, else Shift_JIS) and the delimiter (tab, comma, semicolon, bar).
   *
   * @throws UnreadableFileException for an old binary .xls workbook or a file that cannot be opened
   */
  public static ImportOptions detect(Path file) {
    byte[] sample = new byte[SAMPLE_BYTES];
    int length;
    try (InputStream in = Files.newInputStream(file)) {
      length = in.readNBytes(sample, 0, sample.length);
    } catch (IOException e) {
      throw new UnreadableFileException("ファイルを開けませんでした。", e);
    }
    if (length >= 4 && sample[0] == 'P' && sample[1] == 'K' && sample[2] == 3 && sample[3] == 4) return xlsx();
    if (length >= 4 && sample[0] == (byte) 0xD0 && sample[1] == (byte) 0xCF && sample[2] == 0x11 && sample[3] == (byte) 0xE0) {
      throw new UnreadableFileException("古い Excel 形式（.xls）は読めません。.xlsx か CSV で保存し直してください。", null);
    }
    TextEncoding encoding = TextEncoding.detect(sample, length);
    String text = new String(sample, 0, length, encoding.charset());
    char delimiter = Delimiters.detect(text);
    if (Delimiters.isBinary(sample, length, encoding)) {
      throw new UnreadableFileException("表のファイル（CSV、TSV、.xlsx）ではありません。 / This file is not a table (CSV, TSV or .xlsx).", null);
    }
    return new ImportOptions(FileFormat.CSV, encoding, delimiter, null);
  }

  public ImportOptions withEncoding(TextEncoding newEncoding) {
    return new ImportOptions(format, newEncoding, delimiter, sheet);
  }

  /** A tab makes the file TSV, {@link #WHITESPACE} SPACED, anything else CSV. */
  public ImportOptions withDelimiter(char newDelimiter) {
    FileFormat f = format == FileFormat.XLSX ? format : FileFormat.CSV;
    return new ImportOptions(f, encoding, newDelimiter, sheet);
  }

  /** How the file is read, in a few words for a console line: {@code CSV UTF_8 ','}, {@code SPACED SHIFT_JIS}. */
  public String describe() {
    return switch (format) {
      case XLSX -> "XLSX" + (sheet == null ? "" : " " + sheet);
      case TSV, SPACED -> format + " " + encoding;
      case CSV -> format + " " + encoding + " '" + delimiter + "'";
    };
  }

  public ImportOptions withSheet(String newSheet) {
    return new ImportOptions(format, encoding, delimiter, newSheet);
  }
}
