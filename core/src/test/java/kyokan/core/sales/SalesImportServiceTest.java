package kyokan.core.sales;

import kyokan.core.importing.ImportKind;

import static kyokan.core.sales.Ledger.QUIET;
import static kyokan.core.sales.Ledger.line;
import static kyokan.core.sales.Ledger.lines;
import static kyokan.core.sales.Ledger.sales;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import kyokan.core.TestDatabase;
import kyokan.core.TestDatabases;
import kyokan.core.account.User;
import kyokan.core.client.Client;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SalesImportServiceTest {
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
    Client client = data.client(consultant, "さくら珈琲店");
    owner = data.clientUser(client, "owner@sakura.example.jp");
    clientId = client.getId();
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void importStoresEachLineWithItsValuesAndCountsTheRows() {
    SaleLineInput blend = new SaleLineInput(LocalDate.of(2026, 4, 1), LocalTime.of(10, 15), "A1", 1, "C1", "山田 太郎",
        "P1", "ブレンド", 2, 1000);
    SaleLineInput cake = new SaleLineInput(LocalDate.of(2026, 4, 1), LocalTime.of(10, 15), "A1", 2, "C1", "山田 太郎",
        "P2", "ケーキ", 1, 550);
    SaleLineInput anonymous = new SaleLineInput(LocalDate.of(2026, 4, 2), null, null, null, " ", null, "P1", null, 1, 500);
    SaleLineInput refund = new SaleLineInput(LocalDate.of(2026, 4, 3), null, "A2", 1, "C2", null, null, "クッキー", -1, -300);

    SalesImport result = imports.importSales(clientId, sales("april.csv", 'a'), lines(blend, cake, anonymous, refund), 2, owner, QUIET);

    assertEquals(6, result.getRowsRead());
    assertEquals(4, result.getRowsImported());
    assertEquals(2, result.getRowsSkipped());
    assertEquals(0, result.getRowsDuplicate());
    assertEquals("april.csv", result.getFileName());
    assertEquals("佐藤 一郎", result.getImportedByName());
    List<SaleLine> stored = data.orderEntry().recentLines(clientId, 1, 50).items();
    assertEquals(4, stored.size());
    SaleLine first = stored.stream().filter(l -> "A1".equals(l.getOrderNo()) && l.getLineNo() == 1).findFirst().orElseThrow();
    assertEquals(LocalDate.of(2026, 4, 1), first.getSaleDate());
    assertEquals(LocalTime.of(10, 15), first.getSaleTime());
    assertEquals("P1", first.getProductCode());
    assertEquals("ブレンド", first.getProductName());
    assertEquals(2, first.getQuantity());
    assertEquals(1000, first.getAmount());
    assertEquals(result.getId(), first.getImportId());
    SaleLine returned = stored.get(0);
    assertEquals(-300, returned.getAmount());
    assertEquals("クッキー", returned.getProductName());
    assertNull(returned.getProductCode());
    assertNull(stored.stream().filter(l -> l.getSaleDate().getDayOfMonth() == 2).findFirst().orElseThrow().getCustomerId());
  }

  @Test
  void customersAndProductsAreCreatedOnTheFlyOnceAndNamedFromTheirFirstLine() {
    imports.importSales(clientId, sales("april.csv", 'a'), lines(
        new SaleLineInput(LocalDate.of(2026, 4, 1), null, "A1", 1, "C1", "山田 太郎", "P1", "ブレンド", 1, 500),
        new SaleLineInput(LocalDate.of(2026, 4, 2), null, "A2", 1, "C1", "別の名前", "P1", "別の商品名", 1, 500),
        new SaleLineInput(LocalDate.of(2026, 4, 2), null, "A3", 1, "C2", null, null, "クッキー", 1, 200),
        new SaleLineInput(LocalDate.of(2026, 4, 3), null, "A4", 1, null, null, null, "クッキー", 1, 200)), 0, owner, QUIET);

    List<Customer> customers = data.customers().list(clientId, null, 1, 50).items();
    assertEquals(List.of("C1", "C2"), customers.stream().map(Customer::getCode).sorted().toList());
    Customer c1 = customers.stream().filter(c -> c.getCode().equals("C1")).findFirst().orElseThrow();
    assertEquals("山田 太郎", c1.getName());
    assertEquals(2, data.customers().salesOf(clientId, c1.getId(), 1, 50).total());
    List<Product> products = data.products().list(clientId, null, 1, 50).items();
    assertEquals(List.of("クッキー", "ブレンド"), products.stream().map(Product::getName).toList());
    assertNull(products.get(0).getCode());
  }

  @Test
  void existingCustomersAndProductsAreFoundByCodeAndLeftAsTheyAre() {
    Customer hanako = data.customers().create(clientId, Ledger.customer("C1", "佐藤 花子", "090-1111-2222", null));
    Product blend = data.products().create(clientId, new ProductInput("P1", "ブレンド", 500L));

    imports.importSales(clientId, sales("april.csv", 'a'), lines(
        new SaleLineInput(LocalDate.of(2026, 4, 1), null, "A1", 1, "C1", "サトウ", "P1", "BLEND", 1, 500)), 0, owner, QUIET);

    assertEquals(1, data.customers().list(clientId, null, 1, 50).total());
    assertEquals("佐藤 花子", data.customers().get(clientId, hanako.getId()).getName());
    assertEquals("ブレンド", data.products().get(clientId, blend.getId()).getName());
    assertEquals(blend.getId(), data.customers().salesOf(clientId, hanako.getId(), 1, 10).items().get(0).getProductId());
  }

  @Test
  void anImportThatFailsHalfWayLeavesTheLedgerAsItWas() {
    // Past the flush size, so batches of lines, customers and products have reached the database.
    int failAt = SaleLineImport.FLUSH_EVERY + 1_000;
    Iterator<SaleLineInput> failing = IntStream.range(0, failAt + 10).mapToObj(i -> {
      if (i == failAt) throw new IllegalStateException("the file ended early");
      return line("2026-04-01", "A" + i, 1, "C" + (i % 50), "P" + (i % 30), 1, 100);
    }).iterator();

    assertThrows(IllegalStateException.class, () -> imports.importSales(clientId, sales("broken.csv", 'b'), failing, 0, owner, QUIET));

    assertEquals(0, data.orderEntry().recentLines(clientId, 1, 10).total());
    assertEquals(0, data.customers().list(clientId, null, 1, 10).total());
    assertEquals(0, data.products().list(clientId, null, 1, 10).total());
    assertTrue(imports.history(clientId).isEmpty());
    assertEquals(0, data.ledgerVersion().current(clientId));
  }

  @Test
  void theSameFileIsNotImportedTwice() {
    imports.importSales(clientId, sales("april.csv", 'a'), lines(line("2026-04-01", "A1", 1, "C1", "P1", 1, 500)), 0, owner, QUIET);

    AlreadyImportedException e = assertThrows(AlreadyImportedException.class, () -> imports.importSales(clientId,
        sales("april (copy).csv", 'a'), lines(line("2026-04-02", "A9", 1, "C1", "P1", 1, 500)), 0, owner, QUIET));

    assertTrue(e.getMessage().contains("april.csv") && e.getMessage().contains("取り込み済み"), e.getMessage());
    assertEquals("april.csv", e.previous().getFileName());
    assertThrows(AlreadyImportedException.class, () -> imports.checkNotImported(clientId, sales("x.csv", 'a')));
    assertEquals(1, data.orderEntry().recentLines(clientId, 1, 10).total());
    assertEquals(1, imports.history(clientId).size());
  }

  @Test
  void aFileCanBeImportedAgainOnceItsImportWasUndone() {
    SaleLineInput line = line("2026-04-01", "A1", 1, "C1", "P1", 1, 500);
    SalesImport first = imports.importSales(clientId, sales("april.csv", 'a'), lines(line), 0, owner, QUIET);
    imports.undo(clientId, first.getId(), owner);

    SalesImport again = imports.importSales(clientId, sales("april.csv", 'a'), lines(line), 0, owner, QUIET);

    assertEquals(1, again.getRowsImported());
    assertEquals(1, data.orderEntry().recentLines(clientId, 1, 10).total());
  }

  @Test
  void anOverlappingFileSkipsTheLinesAlreadyInTheLedger() {
    imports.importSales(clientId, sales("april.csv", 'a'), lines(
        line("2026-04-01", "A1", 1, "C1", "P1", 1, 500), line("2026-04-01", "A1", 2, "C1", "P2", 1, 300),
        line("2026-04-02", "A2", null, "C1", "P1", 1, 500)), 0, owner, QUIET);

    SalesImport second = imports.importSales(clientId, sales("april-may.csv", 'b'), lines(
        line("2026-04-01", "A1", 2, "C1", "P2", 1, 300), line("2026-05-01", "A3", 1, "C1", "P1", 1, 500),
        line("2026-05-01", "A3", 1, "C1", "P1", 1, 500), line("2026-04-02", "A2", null, "C1", "P1", 1, 500)), 0, owner, QUIET);

    assertEquals(2, second.getRowsImported());
    assertEquals(2, second.getRowsDuplicate());
    assertEquals(4, second.getRowsRead());
    // A line without a line number cannot be recognised, so A2 is stored twice.
    assertEquals(5, data.orderEntry().recentLines(clientId, 1, 10).total());
  }

  @Test
  void undoRemovesTheImportsLinesAndTheRecordsOnlyItUsed() {
    SalesImport first = imports.importSales(clientId, sales("april.csv", 'a'), lines(
        line("2026-04-01", "A1", 1, "C1", "P1", 1, 500), line("2026-04-02", "A2", 1, "C3", "P3", 1, 300)), 0, owner, QUIET);
    imports.importSales(clientId, sales("may.csv", 'b'), lines(line("2026-05-01", "B1", 1, "C1", "P2", 1, 700)), 0, owner, QUIET);
    long before = data.ledgerVersion().current(clientId);
    data.clock().advance(java.time.Duration.ofHours(1));

    SalesImport undone = imports.undo(clientId, first.getId(), owner);

    assertTrue(undone.isUndone());
    assertEquals("佐藤 一郎", undone.getUndoneByName());
    assertEquals(data.clock().instant(), undone.getUndoneAt());
    List<SaleLine> left = data.orderEntry().recentLines(clientId, 1, 10).items();
    assertEquals(List.of("B1"), left.stream().map(SaleLine::getOrderNo).toList());
    assertEquals(List.of("C1"), data.customers().list(clientId, null, 1, 10).items().stream().map(Customer::getCode).toList());
    assertEquals(List.of("P2"), data.products().list(clientId, null, 1, 10).items().stream().map(Product::getCode).toList());
    assertEquals(before + 1, data.ledgerVersion().current(clientId));
    kyokan.core.ValidationException e = assertThrows(kyokan.core.ValidationException.class,
        () -> imports.undo(clientId, first.getId(), owner));
    assertEquals("error.sales.import.alreadyUndone", e.problems().get("import"));
  }

  @Test
  void historyListsImportsNewestFirst() {
    imports.importSales(clientId, sales("april.csv", 'a'), lines(line("2026-04-01", "A1", 1, "C1", "P1", 1, 500)), 1, owner, QUIET);
    data.clock().advance(java.time.Duration.ofMinutes(5));
    imports.importCustomers(clientId, Ledger.file("customers.csv", 'b', ImportKind.CUSTOMERS),
        Ledger.rows(List.of(Ledger.customer("C1", "山田 太郎", null, null))), 0, owner, QUIET);

    List<SalesImport> history = imports.history(clientId);

    assertEquals(List.of("customers.csv", "april.csv"), history.stream().map(SalesImport::getFileName).toList());
    assertEquals(ImportKind.CUSTOMERS, history.get(0).getKind());
    assertEquals(2, history.get(1).getRowsRead());
    assertEquals(1, history.get(1).getRowsSkipped());
    assertEquals(data.clock().instant(), history.get(0).getImportedAt());
  }

  @Test
  void everyImportBumpsTheDataVersion() {
    assertEquals(0, data.ledgerVersion().current(clientId));
    imports.importSales(clientId, sales("april.csv", 'a'), lines(line("2026-04-01", "A1", 1, "C1", "P1", 1, 500)), 0, owner, QUIET);
    assertEquals(1, data.ledgerVersion().current(clientId));
    imports.importProducts(clientId, Ledger.file("products.csv", 'b', ImportKind.PRODUCTS),
        Ledger.rows(List.of(new ProductInput("P1", "ブレンド", 500L))), 0, owner, QUIET);
    assertEquals(2, data.ledgerVersion().current(clientId));
  }

  @Test
  void progressIsReportedAsRowsAreRead() {
    List<double[]> reports = new ArrayList<>();
    Iterator<SaleLineInput> rows = IntStream.range(0, 2_500).mapToObj(i -> line("2026-04-01", "A" + i, 1, null, null, 1, 100)).iterator();

    imports.importSales(clientId, new ImportSource("big.csv", "c".repeat(64), ImportKind.SALES, 2_500), rows, 0, owner,
        (read, share) -> reports.add(new double[] {read, share}));

    assertEquals(2, reports.size());
    assertEquals(1_000, reports.get(0)[0]);
    assertEquals(0.4, reports.get(0)[1], 1e-9);
    assertEquals(0.8, reports.get(1)[1], 1e-9);
  }

  @Test
  void aLargeImportRefreshesTheLedgersIndexStatisticsAndASmallOneDoesNot() {
    imports.importSales(clientId, sales("april.csv", 'a'), rows(100), 0, owner, QUIET);
    assertEquals(0, saleLineIndexesWithStatistics());

    imports.importSales(clientId, sales("may.csv", 'b'), rows(10_000), 0, owner, QUIET);
    // The source key, the date index and the ledger index; Derby keeps none for a one-column unique key.
    assertEquals(TestDatabases.onServer() ? 1 : 3, saleLineIndexesWithStatistics());
  }

  private static Iterator<SaleLineInput> rows(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> line("2026-04-01", "A" + count + "-" + i, 1, "C" + i % 50, "P" + i % 7, 1, 100)).iterator();
  }

  /** Derby: indexes of the ledger with statistics; PostgreSQL: 1 once the table was analysed (it has never been before). */
  private int saleLineIndexesWithStatistics() {
    String sql = TestDatabases.onServer()
        ? "SELECT CASE WHEN reltuples >= 0 THEN 1 ELSE 0 END FROM pg_class WHERE oid = 'sale_line'::regclass"
        : "SELECT COUNT(DISTINCT s.referenceid) FROM sys.sysstatistics s"
            + " JOIN sys.systables t ON t.tableid = s.tableid WHERE t.tablename = 'SALE_LINE'";
    return data.db().read(session -> {
      try (var st = session.getConnection().createStatement(); var rs = st.executeQuery(sql)) {
        rs.next();
        return rs.getInt(1);
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  @Test
  void linesTheLedgerCannotStoreAreCountedAsSkipped() {
    SalesImport result = imports.importSales(clientId, sales("april.csv", 'a'), lines(
        new SaleLineInput(null, null, "A1", 1, null, null, null, null, 1, 100),
        line("2026-04-01", "X".repeat(SaleLineRules.MAX_ORDER_NO + 1), 1, null, null, 1, 100),
        line("2026-04-01", "A2", 1, null, null, 1, 100)), 0, owner, QUIET);

    assertEquals(1, result.getRowsImported());
    assertEquals(2, result.getRowsSkipped());
  }
}
