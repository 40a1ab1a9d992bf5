package kyokan.core.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import kyokan.core.sales.SaleLineInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxTableReaderTest {
  @TempDir
  Path dir;

  private Path twoSheetWorkbook() throws IOException {
    List<List<Object>> notes = List.of(List.of("メモ"), List.of("この表は集計用です"));
    List<List<Object>> sales = List.of(
        List.of("会計日", "顧客番号", "商品名", "数量", "金額"),
        List.of(LocalDateTime.of(2024, 1, 5, 0, 0), 13085.0, "ブレンド", 2, 1200),
        Arrays.asList(LocalDateTime.of(2024, 1, 6, 7, 45), null, "ケーキ", 1, 0.1 + 0.2),
        List.of(),
        List.of(LocalDateTime.of(2024, 1, 7, 0, 0), "A-1", "返品", -1, -600));
    return Fixtures.xlsx(dir, "book.xlsx", List.of("メモ", "売上"), List.of(notes, sales));
  }

  @Test
  void listsTheSheetsInTabOrder() throws IOException {
    assertEquals(List.of("メモ", "売上"), TableReader.sheetNames(twoSheetWorkbook()));
  }

  @Test
  void readsTheChosenSheetWithDatesAndNumbersAsACsvWouldHoldThem() throws IOException {
    Path file = twoSheetWorkbook();

    try (TableReader reader = TableReader.open(file, ImportOptions.xlsx().withSheet("売上"))) {
      assertEquals(List.of("会計日", "顧客番号", "商品名", "数量", "金額"), reader.header());
      TableRow first = reader.readRow();
      assertEquals(2, first.rowNumber());
      assertEquals(List.of("2024-01-05", "13085", "ブレンド", "2", "1200"), first.cells());
      TableRow second = reader.readRow();
      assertEquals(List.of("2024-01-06 07:45:00", "", "ケーキ", "1", "0.3"), second.cells());
      TableRow third = reader.readRow();
      assertEquals(5, third.rowNumber());
      assertEquals("-600", third.cell(4));
      assertNull(reader.readRow());
      assertEquals(3, reader.progress().rowsRead());
    }
  }

  @Test
  void readsTheFirstSheetWhenNoneIsChosen() throws IOException {
    TablePreview preview = TableReader.preview(twoSheetWorkbook(), ImportOptions.xlsx(), 5);

    assertEquals(List.of("メモ"), preview.header());
  }

  @Test
  void missingSheetIsUnreadableWithItsName() throws IOException {
    Path file = twoSheetWorkbook();

    UnreadableFileException e = assertThrows(UnreadableFileException.class,
        () -> TableReader.open(file, ImportOptions.xlsx().withSheet("2023年")));
    assertTrue(e.getMessage().contains("2023年"));
  }

  @Test
  void workbookSalesImportLikeACsv() throws IOException {
    Path file = twoSheetWorkbook();
    ImportOptions options = ImportOptions.detect(file).withSheet("売上");
    ColumnMapping mapping = MappingProposer.propose(ImportKind.SALES, TableReader.preview(file, options, 10), 0);

    try (ImportRows<SaleLineInput> rows = ImportFileReader.readSales(file, options, mapping, null)) {
      SaleLineInput first = rows.next().value();
      assertEquals("13085", first.customerCode());
      assertEquals(1200, first.amount());
      ParsedRow<SaleLineInput> cake = rows.next();
      assertEquals(ProblemKind.AMOUNT_INVALID, cake.problems().get(0).kind());
      assertEquals(-600, rows.next().value().amount());
    }
  }

  @Test
  void progressIsAShareOfTheRowsTheSheetDeclares() throws IOException {
    Path file = withDimension(twoSheetWorkbook(), "xl/worksheets/sheet2.xml", "A1:E5");

    try (TableReader reader = TableReader.open(file, ImportOptions.xlsx().withSheet("売上"))) {
      reader.readRow();
      assertEquals(new ImportProgress(1, 2, 5), reader.progress());
      assertEquals(0.4, reader.progress().shareDone().getAsDouble(), 1e-9);
    }
  }

  /** Excel declares the used range; fastexcel's writer does not, so the tests put it in. */
  private Path withDimension(Path workbook, String sheetPart, String range) throws IOException {
    Path copy = dir.resolve("with-dimension.xlsx");
    try (ZipFile in = new ZipFile(workbook.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
      for (ZipEntry entry : java.util.Collections.list(in.entries())) {
        byte[] bytes = in.getInputStream(entry).readAllBytes();
        if (entry.getName().equals(sheetPart)) {
          bytes = new String(bytes, StandardCharsets.UTF_8).replace("<dimension ref=\"A1\"/>", "<dimension ref=\"" + range + "\"/>")
              .getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }
    return copy;
  }

  @Test
  void recognisesExcelDateFormats() {
    assertTrue(XlsxCells.isDateFormat(14, "m/d/yy"));
    assertTrue(XlsxCells.isDateFormat(null, "yyyy\"年\"m\"月\"d\"日\""));
    assertTrue(XlsxCells.isDateFormat(null, "[$-411]ge.m.d"));
    assertTrue(XlsxCells.isDateFormat(null, "hh:mm"));
    assertEquals(false, XlsxCells.isDateFormat(null, "General"));
    assertEquals(false, XlsxCells.isDateFormat(null, "\"¥\"#,##0"));
    assertEquals(false, XlsxCells.isDateFormat(null, "0.00E+00"));
    assertEquals(false, XlsxCells.isDateFormat(null, "[Red]#,##0;[Blue]-#,##0"));
  }
}
