package kyokan.core.sales;

import static kyokan.core.sales.Ledger.QUIET;
import static kyokan.core.sales.Ledger.line;
import static kyokan.core.sales.Ledger.lines;
import static kyokan.core.sales.Ledger.sales;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import kyokan.core.NotFoundException;
import kyokan.core.TestDatabase;
import kyokan.core.ValidationException;
import kyokan.core.account.User;
import kyokan.core.client.Client;
import kyokan.core.sales.NewOrder.NewOrderLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two shops with the same codes, phone numbers and file: nothing of one is ever seen or touched through the other. */
class ClientIsolationTest {
  @TempDir Path dir;
  private TestDatabase data;
  private User consultant;
  private long sakura;
  private long tsubaki;
  private SalesImport tsubakiImport;
  private Customer tsubakiCustomer;
  private Product tsubakiProduct;

  @BeforeEach
  void open() {
    data = TestDatabase.open(dir);
    consultant = data.consultant("yamada@example.jp");
    sakura = data.client(consultant, "さくら珈琲店").getId();
    Client other = data.client(consultant, "つばき食堂");
    tsubaki = other.getId();
    for (long client : List.of(sakura, tsubaki)) {
      data.customers().create(client, Ledger.customer("C1", "山田 太郎", "090-1234-5678", null));
      data.products().create(client, new ProductInput("P1", "ブレンド", 500L));
    }
    tsubakiImport = data.salesImports().importSales(tsubaki, sales("same.csv", 'a'), lines(
        line("2026-04-01", "A1", 1, "C1", "P1", 1, 500), line("2026-04-02", "A2", 1, "C2", "P2", 1, 900)), 0, consultant, QUIET);
    tsubakiCustomer = data.customers().list(tsubaki, "C1", 1, 10).items().get(0);
    tsubakiProduct = data.products().list(tsubaki, "P1", 1, 10).items().get(0);
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void theSameFileAndCodesMakeSeparateRecordsPerClient() {
    SalesImport own = data.salesImports().importSales(sakura, sales("same.csv", 'a'), lines(
        line("2026-04-01", "A1", 1, "C1", "P1", 1, 500), line("2026-04-03", "A3", 1, "C3", "P3", 1, 100)), 0, consultant, QUIET);

    assertEquals(2, own.getRowsImported());
    assertEquals(0, own.getRowsDuplicate());
    assertEquals(List.of("C1", "C3"), data.customers().list(sakura, null, 1, 10).items().stream().map(Customer::getCode).toList());
    assertEquals(2, data.customers().list(tsubaki, null, 1, 10).total());
    assertEquals(List.of("same.csv"), data.salesImports().history(sakura).stream().map(SalesImport::getFileName).toList());
    assertEquals(2, data.orderEntry().recentLines(sakura, 1, 10).total());
  }

  @Test
  void listsAndFiguresShowOnlyTheClientsOwnRows() {
    assertEquals(0, data.orderEntry().recentLines(sakura, 1, 10).total());
    assertEquals(1, data.products().list(sakura, null, 1, 10).total());
    assertTrue(data.salesImports().history(sakura).isEmpty());
    assertTrue(data.customerMerges().duplicates(sakura).isEmpty());
    DataQuality q = data.dataQuality().figures(sakura);
    assertEquals(0, q.lines());
    assertEquals(1, q.customerRecords());
    assertEquals(1, q.productRecords());
    assertEquals(2, data.ledgerVersion().current(sakura));
    assertEquals(3, data.ledgerVersion().current(tsubaki));
  }

  @Test
  void anotherClientsRecordsCannotBeReachedById() {
    assertThrows(NotFoundException.class, () -> data.customers().get(sakura, tsubakiCustomer.getId()));
    assertThrows(NotFoundException.class, () -> data.customers().salesOf(sakura, tsubakiCustomer.getId(), 1, 10));
    assertThrows(NotFoundException.class, () -> data.customers().update(sakura, tsubakiCustomer.getId(),
        Ledger.customer("X", "乗っ取り", null, null)));
    assertThrows(NotFoundException.class, () -> data.products().get(sakura, tsubakiProduct.getId()));
    assertThrows(NotFoundException.class,
        () -> data.products().update(sakura, tsubakiProduct.getId(), new ProductInput("X", "乗っ取り", 1L)));
    assertThrows(NotFoundException.class, () -> data.salesImports().undo(sakura, tsubakiImport.getId(), consultant));
    long ownCustomer = data.customers().list(sakura, null, 1, 10).items().get(0).getId();
    assertThrows(NotFoundException.class, () -> data.customerMerges().merge(sakura, ownCustomer, tsubakiCustomer.getId(), consultant));
    NewOrder theirs = new NewOrder(LocalDate.of(2026, 4, 1), null, null, tsubakiCustomer.getId(),
        List.of(new NewOrderLine(tsubakiProduct.getId(), 1, 500)));
    ValidationException e = assertThrows(ValidationException.class, () -> data.orderEntry().record(sakura, theirs));
    assertEquals(2, e.problems().size());
    assertEquals("山田 太郎", data.customers().get(tsubaki, tsubakiCustomer.getId()).getName());
    assertEquals(2, data.orderEntry().recentLines(tsubaki, 1, 10).total());
  }
}
