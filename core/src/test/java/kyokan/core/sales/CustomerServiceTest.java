package kyokan.core.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kyokan.core.NotFoundException;
import kyokan.core.TestDatabase;
import kyokan.core.ValidationException;
import kyokan.core.account.User;
import kyokan.core.client.Client;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomerServiceTest {
  private static final CustomerInput FULL = new CustomerInput("M-001", "山田 太郎", "ヤマダ タロウ", "090-1234-5678",
      "taro@example.jp", "150-0001", "東京都渋谷区神宮前1-2-3", LocalDate.of(1980, 5, 6), "窓際の席が好き", true);

  @TempDir Path dir;
  private TestDatabase data;
  private CustomerService customers;
  private long clientId;

  @BeforeEach
  void open() {
    data = TestDatabase.open(dir);
    customers = data.customers();
    User consultant = data.consultant("yamada@example.jp");
    Client client = data.client(consultant, "さくら珈琲店");
    clientId = client.getId();
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void aCustomerIsStoredWithEveryDetail() {
    Customer created = customers.create(clientId, FULL);

    Customer stored = customers.get(clientId, created.getId());
    assertEquals(FULL, stored.toInput());
    assertEquals(data.clock().instant(), stored.getCreatedAt());
    assertEquals(1, data.ledgerVersion().current(clientId));
  }

  @Test
  void editingReplacesEveryFieldAndABlankFieldClearsIt() {
    Customer created = customers.create(clientId, FULL);

    customers.update(clientId, created.getId(), new CustomerInput("M-001", "山田 太郎", " ", null, "taro@example.com", null, null,
        null, null, false));

    Customer stored = customers.get(clientId, created.getId());
    assertEquals("taro@example.com", stored.getEmail());
    assertNull(stored.getKana());
    assertNull(stored.getPhone());
    assertNull(stored.getBirthday());
    assertEquals(Boolean.FALSE, stored.getContactConsent());
    assertEquals(2, data.ledgerVersion().current(clientId));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "- | - | - | - | name | error.sales.customer.nameOrCode",
      "- | 山田 | - | taro@ | email | error.email.invalid",
      "- | 山田 | 12 | - | phone | error.sales.phone.invalid",
      "- | 山田 | 電話なし | - | phone | error.sales.phone.invalid"})
  void invalidDetailsAreRefusedNamingTheField(String code, String name, String phone, String email, String field, String key) {
    ValidationException e = assertThrows(ValidationException.class,
        () -> customers.create(clientId, Ledger.customer(code, name, phone, email)));

    assertEquals(Map.of(field, key), e.problems());
  }

  @Test
  void tooLongTextIsRefused() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> customers.create(clientId, new CustomerInput(null, "山田", null, null, null, null, null, null, "あ".repeat(4001), null)));

    assertEquals(Map.of("notes", "error.sales.tooLong"), e.problems());
  }

  @Test
  void aCodeIsUsedByOneCustomerOnly() {
    customers.create(clientId, FULL);
    Customer other = customers.create(clientId, Ledger.customer("M-002", "鈴木 一郎", null, null));

    ValidationException e = assertThrows(ValidationException.class,
        () -> customers.update(clientId, other.getId(), Ledger.customer("M-001", "鈴木 一郎", null, null)));

    assertEquals(Map.of("code", "error.sales.codeTaken"), e.problems());
  }

  @Test
  void customersWithoutCodeMayShareAName() {
    customers.create(clientId, Ledger.customer(null, "佐藤 花子", null, null));
    customers.create(clientId, Ledger.customer(null, "佐藤 花子", null, null));

    assertEquals(2, customers.list(clientId, null, 1, 10).total());
  }

  @ParameterizedTest
  @CsvSource({"山田太郎, 1", "ﾔﾏﾀﾞ, 1", "0901234, 1", "TARO@EXAMPLE, 1", "m-001, 1", "鈴木, 1", "佐藤, 0", "100%, 0"})
  void searchFindsCustomersByNameKanaPhoneEmailOrCode(String query, int found) {
    customers.create(clientId, FULL);
    customers.create(clientId, Ledger.customer("M-002", "鈴木 一郎", "03-9999-8888", null));

    assertEquals(found, customers.list(clientId, query, 1, 10).total());
  }

  @Test
  void listIsPagedByName() {
    for (String name : List.of("い", "あ", "お", "え", "う")) customers.create(clientId, Ledger.customer(null, name, null, null));

    Page<Customer> page = customers.list(clientId, "", 2, 2);

    assertEquals(List.of("う", "え"), page.items().stream().map(Customer::getName).toList());
    assertEquals(5, page.total());
    assertEquals(true, page.hasNext());
  }

  @Test
  void theListAndASearchAgreeOnOrderTiesGoByCodeAndMergedCustomersAreLeftOut() {
    Customer second = customers.create(clientId, Ledger.customer("C2", "山田 花子", null, null));
    Customer first = customers.create(clientId, Ledger.customer("C1", "山田 花子", null, null));
    customers.create(clientId, Ledger.customer("C3", "佐藤 一郎", null, null));
    Customer merged = customers.create(clientId, Ledger.customer("C4", "山田 花子", null, null));
    data.customerMerges().merge(clientId, first.getId(), merged.getId(), data.consultant("merge@example.jp"));

    assertEquals(List.of("C3", "C1", "C2"), codes(customers.list(clientId, "", 1, 10)));
    assertEquals(List.of("C1"), codes(customers.list(clientId, "", 2, 1)));
    assertEquals(List.of("C2"), codes(customers.list(clientId, "", 3, 1)));
    assertEquals(List.of("C1", "C2"), codes(customers.list(clientId, "山田", 1, 10)));
    assertEquals(3, customers.list(clientId, "", 1, 10).total());
  }

  private static List<String> codes(Page<Customer> page) {
    return page.items().stream().map(Customer::getCode).toList();
  }

  @Test
  void anUnknownCustomerIsNotFound() {
    assertThrows(NotFoundException.class, () -> customers.get(clientId, 424242));
    assertThrows(NotFoundException.class, () -> customers.salesOf(clientId, 424242, 1, 10));
  }
}
