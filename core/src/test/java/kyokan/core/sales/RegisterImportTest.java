package kyokan.core.sales;

import kyokan.core.importing.ImportKind;

import static kyokan.core.sales.Ledger.QUIET;
import static kyokan.core.sales.Ledger.customer;
import static kyokan.core.sales.Ledger.file;
import static kyokan.core.sales.Ledger.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import kyokan.core.TestDatabase;
import kyokan.core.account.User;
import kyokan.core.client.Client;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Customer and product files: upsert by the shop's code. */
class RegisterImportTest {
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
  void customerFileUpdatesKnownCodesCreatesTheRestAndCountsUnchangedRows() {
    Customer taro = data.customers().create(clientId, customer("C1", "山田 太郎", "090-1111-2222", null));
    data.customers().create(clientId, customer("C2", "鈴木 一郎", null, "ichiro@example.jp"));

    SalesImport result = imports.importCustomers(clientId, file("customers.csv", 'a', ImportKind.CUSTOMERS), rows(List.of(
        new CustomerInput("C1", null, "ヤマダ タロウ", null, "taro@example.jp", "150-0001", "東京都渋谷区", LocalDate.of(1980, 5, 6),
            null, true),
        customer("C2", "鈴木 一郎", null, "ichiro@example.jp"),
        customer("C9", "新井 さくら", null, null),
        customer(null, "佐藤 花子", "03-1234-5678", null),
        customer(null, null, null, null))), 1, owner, QUIET);

    assertEquals(3, result.getRowsImported());
    assertEquals(1, result.getRowsDuplicate());
    assertEquals(2, result.getRowsSkipped());
    assertEquals(6, result.getRowsRead());
    Customer updated = data.customers().get(clientId, taro.getId());
    assertEquals("山田 太郎", updated.getName());
    assertEquals("090-1111-2222", updated.getPhone());
    assertEquals("ヤマダ タロウ", updated.getKana());
    assertEquals("taro@example.jp", updated.getEmail());
    assertEquals(LocalDate.of(1980, 5, 6), updated.getBirthday());
    assertEquals(Boolean.TRUE, updated.getContactConsent());
    assertEquals(4, data.customers().list(clientId, null, 1, 50).total());
    assertEquals(1, data.customers().list(clientId, "佐藤", 1, 50).total());
  }

  @Test
  void undoingACustomerFileRemovesTheCustomersItCreatedAndKeepsItsUpdates() {
    Customer taro = data.customers().create(clientId, customer("C1", "山田 太郎", null, null));
    SalesImport result = imports.importCustomers(clientId, file("customers.csv", 'a', ImportKind.CUSTOMERS),
        rows(List.of(customer("C1", null, "090-1111-2222", null), customer("C9", "新井 さくら", null, null))), 0, owner, QUIET);

    imports.undo(clientId, result.getId(), owner);

    assertEquals(List.of("C1"), data.customers().list(clientId, null, 1, 50).items().stream().map(Customer::getCode).toList());
    assertEquals("090-1111-2222", data.customers().get(clientId, taro.getId()).getPhone());
  }

  @Test
  void productFileUpsertsByCode() {
    Product blend = data.products().create(clientId, new ProductInput("P1", "ブレンド", 500L));

    SalesImport result = imports.importProducts(clientId, file("products.csv", 'a', ImportKind.PRODUCTS), rows(List.of(
        new ProductInput("P1", null, 550L), new ProductInput("P2", "ケーキ", 450L), new ProductInput("P3", null, null),
        new ProductInput(null, "クッキー", 200L), new ProductInput("P4", "マフィン", -1L))), 0, owner, QUIET);

    assertEquals(4, result.getRowsImported());
    assertEquals(1, result.getRowsSkipped());
    Product updated = data.products().get(clientId, blend.getId());
    assertEquals("ブレンド", updated.getName());
    assertEquals(550L, updated.getUnitPrice());
    List<Product> all = data.products().list(clientId, null, 1, 50).items();
    assertEquals(List.of("P3", "クッキー", "ケーキ", "ブレンド"), all.stream().map(Product::getName).toList());
    assertNull(all.get(0).getUnitPrice());
  }

  @Test
  void theSameProductFileIsNotImportedTwiceButACustomerFileWithTheSameBytesIsAnotherKind() {
    imports.importProducts(clientId, file("list.csv", 'a', ImportKind.PRODUCTS), rows(List.of(new ProductInput("P1", "ブレンド", 500L))),
        0, owner, QUIET);

    assertThrows(AlreadyImportedException.class, () -> imports.importProducts(clientId, file("list.csv", 'a', ImportKind.PRODUCTS),
        rows(List.of(new ProductInput("P1", "ブレンド", 500L))), 0, owner, QUIET));
    SalesImport asCustomers = imports.importCustomers(clientId, file("list.csv", 'a', ImportKind.CUSTOMERS),
        rows(List.of(customer("C1", "山田 太郎", null, null))), 0, owner, QUIET);
    assertEquals(1, asCustomers.getRowsImported());
  }

  @Test
  void aSalesFileIsRefusedAsACustomerImport() {
    assertThrows(IllegalArgumentException.class, () -> imports.importCustomers(clientId, file("sales.csv", 'a', ImportKind.SALES),
        rows(List.of()), 0, owner, QUIET));
  }
}
