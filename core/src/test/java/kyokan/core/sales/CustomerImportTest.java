package kyokan.core.sales;

import static kyokan.core.sales.Ledger.QUIET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import kyokan.core.TestDatabase;
import kyokan.core.account.User;
import kyokan.core.client.Client;
import kyokan.core.importing.ImportKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Customer files: created, updated by code, merged codes filed under the kept customer, in chunks of rows. */
class CustomerImportTest {
  @TempDir Path dir;
  private TestDatabase data;
  private SalesImportService imports;
  private CustomerService customers;
  private User owner;
  private long clientId;
  private char digest = 'a';

  @BeforeEach
  void open() {
    data = TestDatabase.open(dir);
    imports = data.salesImports();
    customers = data.customers();
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
  void aKnownCodeUpdatesItsCustomerAndABlankCellKeepsWhatIsStored() {
    SalesImport first = importFile(List.of(Ledger.customer("C1", "山田 太郎", "090-1111-2222", null),
        Ledger.customer("C2", "佐藤 花子", null, "hanako@example.jp")));
    SalesImport second = importFile(List.of(Ledger.customer("C1", null, null, "taro@example.jp"),
        Ledger.customer("C2", "佐藤 花子", null, "hanako@example.jp"), Ledger.customer("C3", "鈴木 一郎", null, null)));

    assertEquals(2, first.getRowsImported());
    assertEquals(2, second.getRowsImported(), "C1 changed, C3 new");
    assertEquals(1, second.getRowsDuplicate(), "C2 unchanged");
    Customer c1 = byCode("C1");
    assertEquals("山田 太郎", c1.getName());
    assertEquals("090-1111-2222", c1.getPhone());
    assertEquals("taro@example.jp", c1.getEmail());
    assertEquals(3, customers.list(clientId, null, 1, 50).total());
  }

  @Test
  void aMergedCustomersCodeUpdatesTheCustomerItWasMergedInto() {
    importFile(List.of(Ledger.customer("C1", "山田 太郎", null, null), Ledger.customer("C9", "山田 太郎", null, null)));
    long kept = byCode("C1").getId();
    data.customerMerges().merge(clientId, kept, byCode("C9").getId(), owner);

    importFile(List.of(Ledger.customer("C9", null, "090-9999-0000", null),
        Ledger.customer("C1", null, null, "taro@example.jp")));

    Customer c1 = customers.get(clientId, kept);
    assertEquals("090-9999-0000", c1.getPhone(), "the merged code's detail went to the kept customer");
    assertEquals("taro@example.jp", c1.getEmail(), "and the kept code's as well");
    assertEquals("C1", c1.getCode());
    assertNull(byCode("C9").getPhone());
  }

  @Test
  void aCodeRepeatedInTheFileIsOneCustomerWithItsLaterDetailsWithinAndAcrossChunks() {
    List<CustomerInput> rows = new ArrayList<>();
    rows.add(Ledger.customer("C1", "山田 太郎", null, null));
    rows.add(Ledger.customer("C1", null, "090-1111-2222", null));
    IntStream.range(0, CustomerImport.CHUNK + 10).forEach(i -> rows.add(Ledger.customer("F" + i, "客 " + i, null, null)));
    rows.add(Ledger.customer("C1", null, null, "taro@example.jp"));
    rows.add(Ledger.customer("F3", "客 三", null, null));

    SalesImport result = importFile(rows);

    Customer c1 = byCode("C1");
    assertEquals("山田 太郎", c1.getName());
    assertEquals("090-1111-2222", c1.getPhone());
    assertEquals("taro@example.jp", c1.getEmail());
    assertEquals("客 三", byCode("F3").getName());
    assertEquals(CustomerImport.CHUNK + 11, customers.list(clientId, null, 1, 50).total());
    assertEquals(rows.size(), result.getRowsImported(), "each row created or changed a customer");
  }

  @Test
  void rowsWithoutACodeEachCreateACustomerAndInvalidRowsAreSkipped() {
    SalesImport result = importFile(List.of(Ledger.customer(null, "名無し 一", null, null),
        Ledger.customer(null, "名無し 一", null, null), Ledger.customer(null, null, null, null)));

    assertEquals(2, result.getRowsImported());
    assertEquals(1, result.getRowsSkipped());
    assertEquals(2, customers.list(clientId, null, 1, 50).total());
  }

  private SalesImport importFile(List<CustomerInput> rows) {
    return imports.importCustomers(clientId, Ledger.file("customers-" + digest + ".csv", digest++, ImportKind.CUSTOMERS),
        Ledger.rows(rows), 0, owner, QUIET);
  }

  private Customer byCode(String code) {
    return data.db().read(s -> s.getMapper(CustomerMapper.class).selectByCode(clientId, code));
  }
}
