package kyokan.core.importing;

import static kyokan.core.importing.TargetField.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kyokan.core.sales.SaleLineInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that must not be read as something they are not: each refused, or its bad rows named, with the reason. */
class MalformedFileTest {
  private static final ColumnMapping SALES = ColumnMapping.empty(ImportKind.SALES, 0)
      .withColumn(DATE, "日付").withColumn(CUSTOMER_CODE, "顧客番号").withColumn(PRODUCT_NAME, "商品名")
      .withColumn(QUANTITY, "数量").withColumn(AMOUNT, "金額");

  @TempDir Path dir;

  private List<ParsedRow<SaleLineInput>> read(Path file, ImportOptions options) {
    List<ParsedRow<SaleLineInput>> rows = new ArrayList<>();
    try (ImportRows<SaleLineInput> it = ImportFileReader.readSales(file, options, SALES, null)) {
      it.forEachRemaining(rows::add);
    }
    return rows;
  }

  @Test
  void aRowWithMoreFieldsThanTheHeaderIsAProblemRowNotAShiftedPrice() throws IOException {
    Path file = Fixtures.utf8(dir, "s.csv", "日付,顧客番号,商品名,数量,金額\n2026-01-05,C1,ブレンド,3,1,200\n2026-01-05,C2,ケーキ,1,500\n2026-01-06,C3\n");

    List<ParsedRow<SaleLineInput>> rows = read(file, ImportOptions.detect(file));

    assertFalse(rows.get(0).isValid());
    RowProblem p = rows.get(0).problems().get(0);
    assertEquals(ProblemKind.FIELD_COUNT, p.kind());
    assertEquals("列の数がヘッダーと違います: 6列 (ヘッダーは5列) / 6 fields, the header has 5", p.reason());
    assertTrue(rows.get(1).isValid());
    assertEquals("列の数がヘッダーと違います: 2列 (ヘッダーは5列) / 2 fields, the header has 5", rows.get(2).problems().get(0).reason());
  }

  @Test
  void anUnclosedQuoteThatSwallowsTheNextRowsIsNamed() throws IOException {
    Path file = Fixtures.utf8(dir, "s.csv", "日付,顧客番号,商品名,数量,金額\n2026-01-05,C1,\"ブレンド,1,500\n2026-01-06,C2,ケーキ,1,450\n2026-01-07,C3,クッキー,1,300\n");

    List<ParsedRow<SaleLineInput>> rows = read(file, ImportOptions.detect(file));

    assertEquals(1, rows.size(), "FastCSV reads to the end of the file inside the quote");
    RowProblem p = rows.get(0).problems().get(0);
    assertEquals(ProblemKind.QUOTE_UNBALANCED, p.kind());
    assertTrue(p.reason().contains("続く 2 行が1つの値に入っています") && p.reason().contains("the next 2 lines"), p.reason());
    assertEquals("商品名", p.column());
  }

  @Test
  void characterTheEncodingCannotDecodeMakeAProblemRowNamingTheEncoding() throws IOException {
    byte[] utf8 = "日付,顧客番号,商品名,数量,金額\n2026-01-05,C1,ブレンド,1,500\n".getBytes(StandardCharsets.UTF_8);
    byte[] sjis = "2026-01-06,C2,ケーキ,1,450\n".getBytes(Fixtures.SHIFT_JIS);
    Path file = dir.resolve("mixed.csv");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(utf8);
      out.write(sjis);
    }

    List<ParsedRow<SaleLineInput>> rows = read(file, ImportOptions.detect(file).withEncoding(TextEncoding.UTF_8));

    assertTrue(rows.get(0).isValid());
    RowProblem p = rows.get(1).problems().get(0);
    assertEquals(ProblemKind.UNREADABLE_CHARACTERS, p.kind());
    assertTrue(p.reason().startsWith("文字コード UTF-8 で読めない文字（�）があります。"), p.reason());
    assertEquals("商品名", p.column());
  }

  @Test
  void aSaleDatedAfterTomorrowIsAProblemRowAndTomorrowIsNot() throws IOException {
    LocalDate today = LocalDate.now();
    Path file = Fixtures.utf8(dir, "s.csv", "日付,顧客番号,商品名,数量,金額\n" + today.plusDays(1) + ",C1,ブレンド,1,500\n"
        + today.plusDays(2) + ",C1,ブレンド,1,500\n2099-12-31,C1,ブレンド,1,500\n");

    List<ParsedRow<SaleLineInput>> rows = read(file, ImportOptions.detect(file));

    assertTrue(rows.get(0).isValid(), "a day's grace for time zones");
    assertEquals(ProblemKind.DATE_IN_FUTURE, rows.get(1).problems().get(0).kind());
    assertEquals("日付が今日（" + today + "）より後です: 2099-12-31 / The date 2099-12-31 is after today (" + today + ").",
        rows.get(2).problems().get(0).reason());
  }

  @Test
  void aValueLongerThanTheReadersLimitSaysSoAndNotUnclosedQuote() throws IOException {
    Path file = dir.resolve("long.csv");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("日付,顧客番号,商品名,数量,金額\n2026-01-05,C1,".getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 17; i++) out.write(chunk);
      out.write(",1,500\n".getBytes(StandardCharsets.UTF_8));
    }

    UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> read(file, ImportOptions.detect(file)));

    assertTrue(e.getMessage().contains("値が長すぎる") && e.getMessage().contains("too long"), e.getMessage());
    assertFalse(e.getMessage().contains("引用符"), e.getMessage());
  }

  @Test
  void anImageRenamedCsvIsNotATable() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
    Path file = Files.write(dir.resolve("photo.csv"), png);

    UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> ImportOptions.detect(file));

    assertEquals("表のファイル（CSV、TSV、.xlsx）ではありません。 / This file is not a table (CSV, TSV or .xlsx).", e.getMessage());
  }

  @Test
  void aWorkbookWithAHugeCellIsRefusedBeforeItIsRead() throws IOException {
    Path file = dir.resolve("bomb.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>".getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = "a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 16; i++) zip.write(chunk); // 1 MiB of one cell, a few KB on disk
      zip.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
    }
    assertTrue(Files.size(file) < 20_000, "compressed a thousandfold");

    UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> TableReader.preview(file, ImportOptions.detect(file), 5));

    assertEquals("Excel ファイルに長すぎるセルがあります（1つのセルは 32,767 文字まで）。 / The workbook has a cell longer than 32,767 characters.",
        e.getMessage());
  }
}
