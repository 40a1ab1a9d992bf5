package kyokan.core.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kyokan.core.TestDatabase;
import kyokan.core.account.User;
import kyokan.core.importing.ColumnMapping;
import kyokan.core.importing.FileImport;
import kyokan.core.importing.ImportKind;
import kyokan.core.importing.ImportOptions;
import kyokan.core.importing.MappingProposer;
import kyokan.core.importing.TableReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The usual "last three months" export, every month: a line already in the ledger is never counted twice. */
class OverlappingExportsTest {
  @TempDir Path dir;
  private TestDatabase data;
  private SalesImportService imports;
  private User owner;
  private long clientId;

  @BeforeEach
  void open() {
    data = TestDatabase.open(dir);
    imports = data.salesImports();
    User consultant = data.consultant("yamada@example.jp");
    owner = consultant;
    clientId = data.client(consultant, "さくら珈琲店").getId();
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void linesWithoutOrderNumbersAreRecognisedByContentAndTheirOccurrence() throws IOException {
    // Two genuinely identical purchases on 2 April stay two; the overlap (2 April) is skipped, 3 April is new.
    SalesImport first = importFile("march-april.csv", """
        日付,時刻,顧客番号,商品名,数量,金額
        2026-04-01,10:00,C1,ブレンド,1,500
        2026-04-02,11:00,C2,ケーキ,1,450
        2026-04-02,11:00,C2,ケーキ,1,450
        """);
    assertEquals(3, first.getRowsImported());

    SalesImport second = importFile("april-may.csv", """
        日付,時刻,顧客番号,商品名,数量,金額
        2026-04-02,11:00,C2,ケーキ,1,450
        2026-04-02,11:00,C2,ケーキ,1,450
        2026-04-02,11:00,C2,ケーキ,1,450
        2026-04-03,09:30,C1,ブレンド,2,1000
        """);

    assertEquals(2, second.getRowsImported(), "the third identical cake of 2 April and the 3 April line are new");
    assertEquals(2, second.getRowsDuplicate());
    assertEquals(2, second.getRowsDuplicateContent(), "both recognised by their content, there being no order number");
    assertEquals(5, ledgerLines());
  }

  @Test
  void linesWithOrderNumbersAreStillRecognisedByOrderAndLine() throws IOException {
    importFile("a.csv", """
        伝票番号,日付,顧客番号,商品名,数量,金額
        R1,2026-04-01,C1,ブレンド,1,500
        R1,2026-04-01,C1,ケーキ,1,450
        """);

    SalesImport second = importFile("b.csv", """
        伝票番号,日付,顧客番号,商品名,数量,金額
        R1,2026-04-01,C1,ブレンド,1,500
        R1,2026-04-01,C1,ケーキ,1,450
        R2,2026-04-02,C2,ブレンド,1,500
        """);

    assertEquals(1, second.getRowsImported());
    assertEquals(2, second.getRowsDuplicate());
    assertEquals(0, second.getRowsDuplicateContent());
  }

  @Test
  void anImportThatBroughtInNothingDoesNotBlockTheSameFileLater() throws IOException {
    String content = "日付,顧客番号,金額\n2026-04-01,C1,500\n";
    importFile("april.csv", content);
    Path again = Files.writeString(dir.resolve("again.csv"), content);
    // The same lines under another name: all duplicates, nothing imported.
    Path copy = Files.writeString(dir.resolve("copy.csv"), content + "\n");
    SalesImport nothing = importPath(copy);
    assertEquals(0, nothing.getRowsImported());

    assertThrows(AlreadyImportedException.class, () -> importPath(again), "a file whose import brought rows in is refused");
    SalesImport retried = importPath(copy);
    assertEquals(0, retried.getRowsImported(), "the file that brought in nothing may be tried again");
  }

  private SalesImport importFile(String name, String content) throws IOException {
    return importPath(Files.writeString(dir.resolve(name), content));
  }

  private SalesImport importPath(Path file) {
    ImportOptions options = ImportOptions.detect(file);
    ColumnMapping mapping = MappingProposer.propose(ImportKind.SALES, TableReader.preview(file, options, 10), 0);
    ImportSource source = new ImportSource(file.getFileName().toString(), FileImport.sha256(file), ImportKind.SALES);
    return FileImport.run(imports, clientId, source, file, options, mapping, 0, owner, null);
  }

  private long ledgerLines() {
    return imports.history(clientId).stream().mapToLong(SalesImport::getRowsImported).sum();
  }
}
