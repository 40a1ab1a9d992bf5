package kyokan.core.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableReaderTest {
  @TempDir
  Path dir;

  @Test
  void rowNumbersMatchTheSpreadsheetIncludingBlankLinesAndQuotedLineBreaks() throws IOException {
    Path file = Fixtures.utf8(dir, "rows.csv", "a,b\r\n1,\"two\r\nlines\"\r\n\r\n3,4\r\n");

    try (TableReader reader = TableReader.open(file, ImportOptions.csv())) {
      assertEquals(List.of("a", "b"), reader.header());
      TableRow first = reader.readRow();
      assertEquals(2, first.rowNumber());
      assertEquals("two\r\nlines", first.cell(1));
      assertTrue(reader.readRow().isBlank());
      assertEquals(4, reader.readRow().rowNumber());
      assertNull(reader.readRow());
    }
  }

  @Test
  void shortRowsReadAsBlankCells() throws IOException {
    Path file = Fixtures.utf8(dir, "short.csv", "a,b,c\n1\n1,2,3,4\n");

    TablePreview preview = TableReader.preview(file, ImportOptions.csv(), 10);

    assertEquals("", preview.rows().get(0).cell(2));
    assertEquals("4", preview.rows().get(1).cell(3));
  }

  @Test
  void headerIsTheFirstNonBlankRow() throws IOException {
    Path file = Fixtures.utf8(dir, "lead.csv", "\n,,\n日付,金額\n2024-01-05,100\n");

    TablePreview preview = TableReader.preview(file, ImportOptions.csv(), 10);

    assertEquals(List.of("日付", "金額"), preview.header());
    assertEquals(4, preview.rows().get(0).rowNumber());
  }

  @Test
  void previewStopsAfterTheRowsAsked() throws IOException {
    StringBuilder csv = new StringBuilder("n\n");
    for (int i = 0; i < 500; i++) csv.append(i).append('\n');
    Path file = Fixtures.utf8(dir, "many.csv", csv.toString());

    TablePreview preview = TableReader.preview(file, ImportOptions.csv(), 20);

    assertEquals(20, preview.rows().size());
    assertEquals("19", preview.rows().get(19).cell(0));
  }

  @Test
  void progressCountsBytesOfTheFile() throws IOException {
    StringBuilder csv = new StringBuilder("n,text\n");
    for (int i = 0; i < 20_000; i++) csv.append(i).append(",some text to make the file longer\n");
    Path file = Fixtures.utf8(dir, "progress.csv", csv.toString());

    try (TableReader reader = TableReader.open(file, ImportOptions.csv())) {
      for (int i = 0; i < 10_000; i++) reader.readRow();
      ImportProgress halfway = reader.progress();
      assertEquals(10_000, halfway.rowsRead());
      assertEquals(Files.size(file), halfway.total());
      assertTrue(halfway.shareDone().getAsDouble() > 0.3 && halfway.shareDone().getAsDouble() < 0.7, halfway.toString());
      while (reader.readRow() != null) {
        // read to the end
      }
      assertEquals(1.0, reader.progress().shareDone().getAsDouble());
    }
  }

  @Test
  void fileThatIsNotAWorkbookIsUnreadableWithAPlainReason() throws IOException {
    Path file = Fixtures.utf8(dir, "fake.xlsx", "a,b\n1,2\n");

    UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> TableReader.open(file, ImportOptions.xlsx()));
    assertTrue(e.getMessage().contains("Excel"), e.getMessage());
  }

  @Test
  void anEmptyFileOrOneOfBlankLinesIsRefusedAsEmpty() throws IOException {
    for (String content : new String[] {"", "\n\n\r\n", ",,\n,,\n"}) {
      Path file = Fixtures.utf8(dir, "empty.csv", content);

      UnreadableFileException e = assertThrows(UnreadableFileException.class,
          () -> TableReader.preview(file, ImportOptions.detect(file), 5));

      assertEquals("このファイルは空です（空の行しかありません）。 / This file is empty (it has blank lines only).", e.getMessage());
    }
  }
}
