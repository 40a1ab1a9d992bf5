package kyokan.core.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportOptionsTest {
  private static final String JAPANESE_CSV = "顧客番号,購入日,金額\n１０１,2024/1/5,\"¥1,234\"\n";

  @TempDir
  Path dir;

  @Test
  void utf8WithByteOrderMarkIsUtf8AndTheMarkIsNotPartOfTheFirstHeader() throws IOException {
    Path file = Fixtures.utf8WithBom(dir, "bom.csv", JAPANESE_CSV);

    ImportOptions options = ImportOptions.detect(file);

    assertEquals(new ImportOptions(FileFormat.CSV, TextEncoding.UTF_8, ',', null), options);
    assertEquals(List.of("顧客番号", "購入日", "金額"), TableReader.preview(file, options, 5).header());
  }

  @Test
  void utf8WithoutByteOrderMarkIsUtf8() throws IOException {
    Path file = Fixtures.utf8(dir, "plain.csv", JAPANESE_CSV);

    ImportOptions options = ImportOptions.detect(file);

    assertEquals(TextEncoding.UTF_8, options.encoding());
    assertEquals(List.of("１０１", "2024/1/5", "¥1,234"), TableReader.preview(file, options, 5).rows().get(0).cells());
  }

  @Test
  void shiftJisFileIsDetectedAndDecoded() throws IOException {
    Path file = Fixtures.text(dir, "sjis.csv", JAPANESE_CSV + "102,2024/1/6,①㈱～\n", Fixtures.SHIFT_JIS);

    ImportOptions options = ImportOptions.detect(file);

    assertEquals(TextEncoding.SHIFT_JIS, options.encoding());
    TablePreview preview = TableReader.preview(file, options, 5);
    assertEquals(List.of("顧客番号", "購入日", "金額"), preview.header());
    assertEquals("①㈱～", preview.rows().get(1).cell(2));
  }

  @Test
  void utf8CharacterCutAtTheEndOfTheSampleDoesNotMakeTheFileShiftJis() throws IOException {
    // 3-byte characters pushed across the 64 KB sampling boundary.
    String body = "名前\n" + "あ".repeat(ImportOptions.SAMPLE_BYTES / 3 + 10) + "\n";
    Path file = Fixtures.utf8(dir, "long.csv", "x" + body);

    assertEquals(TextEncoding.UTF_8, ImportOptions.detect(file).encoding());
  }

  @Test
  void encodingChosenByTheUserWins() throws IOException {
    Path file = Fixtures.text(dir, "sjis.csv", JAPANESE_CSV, Fixtures.SHIFT_JIS);

    ImportOptions wrong = ImportOptions.detect(file).withEncoding(TextEncoding.UTF_8);

    assertTrue(TableReader.preview(file, wrong, 1).header().get(0).contains("\uFFFD"));
  }

  @Test
  void tabSeparatedFileIsTsv() throws IOException {
    Path file = Fixtures.utf8(dir, "export.txt", "日付\t商品名\t金額\n2024-01-05\tブレンド, 200g\t1,200\n");

    ImportOptions options = ImportOptions.detect(file);

    assertEquals(FileFormat.TSV, options.format());
    assertEquals('\t', options.delimiter());
    assertEquals(List.of("2024-01-05", "ブレンド, 200g", "1,200"), TableReader.preview(file, options, 1).rows().get(0).cells());
  }

  @Test
  void semicolonSeparatedFileIsCsvWithSemicolons() throws IOException {
    Path file = Fixtures.utf8(dir, "eu.csv", "Date;Amount;Note\n05/01/2024;\"1,5\";a, b\n");

    ImportOptions options = ImportOptions.detect(file);

    assertEquals(FileFormat.CSV, options.format());
    assertEquals(';', options.delimiter());
  }

  @Test
  void commaInsideQuotesDoesNotMakeTheDelimiter() throws IOException {
    Path file = Fixtures.utf8(dir, "quoted.csv", "a\tb\n\"x,y,z\"\t1\n\"p,q\"\t2\n");

    assertEquals('\t', ImportOptions.detect(file).delimiter());
  }

  @Test
  void zipSignatureIsAWorkbook() throws IOException {
    Path file = Fixtures.xlsx(dir, "book.xlsx", List.of("Sheet1"), List.of(List.of(List.of("a"))));

    assertEquals(FileFormat.XLSX, ImportOptions.detect(file).format());
  }

  @Test
  void oldBinaryExcelFileIsRefusedWithAPlainReason() throws IOException {
    Path file = dir.resolve("old.xls");
    Files.write(file, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});

    UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> ImportOptions.detect(file));
    assertTrue(e.getMessage().contains(".xls"));
  }

  @Test
  void choosingATabDelimiterMakesTheFileTsv() {
    assertEquals(FileFormat.TSV, ImportOptions.csv().withDelimiter('\t').format());
    assertEquals(FileFormat.CSV, ImportOptions.csv().withDelimiter('\t').withDelimiter(';').format());
  }
}
