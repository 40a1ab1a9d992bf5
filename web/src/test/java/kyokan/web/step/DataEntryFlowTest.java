package kyokan.web.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kyokan.core.sales.Customer;
import kyokan.core.sales.CustomerInput;
import kyokan.core.sales.CustomerService;
import kyokan.core.sales.NewOrder;
import kyokan.core.sales.OrderEntryService;
import kyokan.core.sales.Product;
import kyokan.core.sales.ProductInput;
import kyokan.core.sales.ProductService;
import kyokan.web.support.Fixture;
import kyokan.web.support.TestHost;
import kyokan.web.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step 1's hand entry over HTTP: products, customers, one order with several lines, duplicates and merging. */
class DataEntryFlowTest {
  private static final Pattern ID_IN_LOCATION = Pattern.compile("/(\\d+)\\?");
  @TempDir static Path temp;
  static TestHost host;
  static Fixture fixture;

  @BeforeAll
  static void start() {
    host = TestHost.start(temp);
    fixture = new Fixture(host.services());
  }

  @AfterAll
  static void stop() {
    host.close();
  }

  @Test
  void theOwnerAddsAProductAndACustomerAndRecordsAnOrderSeenInTheCustomersSales() {
    WebClient owner = owner();
    assertEquals(200, owner.get(base() + "products").status());
    WebClient.Response added = owner.post(base() + "products", Map.of("name", "ブレンドコーヒー", "code", "P-BLEND", "unitPrice", "550"));
    assertEquals(302, added.status());
    assertTrue(owner.follow(added).body().contains("data-testid=\"product-added\""));
    assertEquals(302, owner.post(base() + "products", Map.of("name", "焼き菓子セット", "unitPrice", "¥1,200")).status());
    Product blend = product("ブレンドコーヒー");
    Product sweets = product("焼き菓子セット");
    assertEquals(1200L, sweets.getUnitPrice(), "a typed ¥1,200 is stored as 1200 yen");

    assertEquals(200, owner.get(base() + "customers/new").status());
    WebClient.Response created = owner.post(base() + "customers", Map.of("name", "山田 花子", "kana", "ヤマダ ハナコ",
        "phone", "090-1234-5678", "email", "hanako@example.jp", "code", "M001", "birthday", "1985-04-01", "contactConsent", "on"));
    assertEquals(302, created.status());
    long customerId = idIn(created.location());
    Customer stored = customers().get(fixture.clientX.getId(), customerId);
    assertEquals(LocalDate.of(1985, 4, 1), stored.getBirthday());
    assertEquals(Boolean.TRUE, stored.getContactConsent());

    owner.get(base() + "orders/new");
    Map<String, String> order = new HashMap<>(Map.of("date", "2026-04-01", "time", "10:30", "orderNo", "T-0001", "customer", "M001",
        "product_0", String.valueOf(blend.getId()), "quantity_0", "2", "amount_0", "",
        "product_1", String.valueOf(sweets.getId()), "quantity_1", "1", "amount_1", "1,200"));
    WebClient.Response recorded = owner.post(base() + "orders", order);
    assertEquals(302, recorded.status(), "recorded and sent back to the form");
    String form = owner.follow(recorded).body();
    assertTrue(form.contains("data-testid=\"order-recorded\""));
    assertTrue(form.contains("data-testid=\"recent-lines\""));

    String page = owner.get(base() + "customers/" + customerId).body();
    assertTrue(page.contains("data-testid=\"customer-sales\""));
    assertTrue(page.contains("ブレンドコーヒー") && page.contains("焼き菓子セット"));
    assertTrue(page.contains("¥1,100"), "a blank amount is the unit price times the quantity");
    assertEquals(2, customers().salesOf(fixture.clientX.getId(), customerId, 1, 10).total());
  }

  @Test
  void theOwnerCorrectsACustomer() {
    WebClient owner = owner();
    long id = customers().create(fixture.clientX.getId(), input("佐藤 一郎", "080-5555-0001", null)).getId();
    owner.get(base() + "customers/" + id);
    WebClient.Response saved = owner.post(base() + "customers/" + id, Map.of("name", "佐藤 一郎", "phone", "080-5555-0002",
        "address", "東京都台東区1-2-3"));
    assertEquals(302, saved.status());
    assertTrue(owner.follow(saved).body().contains("data-testid=\"customer-saved\""));
    Customer c = customers().get(fixture.clientX.getId(), id);
    assertEquals("080-5555-0002", c.getPhone());
    assertEquals("東京都台東区1-2-3", c.getAddress());
    assertEquals(Boolean.FALSE, c.getContactConsent(), "an unticked box is no consent");
  }

  @Test
  void badInputIsExplainedAndNothingIsWritten() {
    WebClient owner = owner();
    owner.get(base() + "products");
    long products = products().list(fixture.clientX.getId(), "", 1, 10).total();
    WebClient.Response negative = owner.post(base() + "products", Map.of("name", "マイナスの商品", "unitPrice", "-100"));
    assertEquals(200, negative.status());
    assertTrue(negative.body().contains("data-testid=\"error-unitPrice\""));
    assertTrue(negative.body().contains("単価にマイナスは使えません"));
    assertTrue(negative.body().contains("value=\"マイナスの商品\""), "the typed name is kept");
    assertEquals(products, products().list(fixture.clientX.getId(), "", 1, 10).total());

    long lines = orders().recentLines(fixture.clientX.getId(), 1, 1).total();
    WebClient.Response empty = owner.post(base() + "orders", Map.of("date", "2026-04-02", "orderNo", "EMPTY-1"));
    assertEquals(200, empty.status());
    assertTrue(empty.body().contains("data-testid=\"error-lines\""));
    assertTrue(empty.body().contains("明細を1行以上入力してください"));

    WebClient.Response unknown = owner.post(base() + "orders", Map.of("date", "2026-04-02", "customer", "誰でもない人",
        "amount_2", "500", "quantity_2", "0"));
    assertEquals(200, unknown.status());
    assertTrue(unknown.body().contains("data-testid=\"error-customer\""));
    assertTrue(unknown.body().contains("value=\"誰でもない人\""));

    WebClient.Response zero = owner.post(base() + "orders", Map.of("date", "2026-04-02", "amount_2", "500", "quantity_2", "0"));
    assertTrue(zero.body().contains("data-testid=\"error-lines[2].quantity\""), "the problem is shown on the row typed");
    WebClient.Response badDate = owner.post(base() + "orders", Map.of("date", "4月2日", "amount_0", "five"));
    assertTrue(badDate.body().contains("data-testid=\"error-date\""));
    assertTrue(badDate.body().contains("data-testid=\"error-lines[0].amount\""));
    assertEquals(lines, orders().recentLines(fixture.clientX.getId(), 1, 1).total());

    long people = customers().list(fixture.clientX.getId(), "", 1, 10).total();
    WebClient.Response customer = owner.post(base() + "customers", Map.of("email", "not-an-email", "birthday", "1985-02-30"));
    assertTrue(customer.body().contains("data-testid=\"error-birthday\""), "30 February is not a date");
    WebClient.Response nameless = owner.post(base() + "customers", Map.of("email", "not-an-email"));
    assertTrue(nameless.body().contains("data-testid=\"error-name\"") && nameless.body().contains("data-testid=\"error-email\""));
    assertTrue(nameless.body().contains("value=\"not-an-email\""));
    assertEquals(people, customers().list(fixture.clientX.getId(), "", 1, 10).total());
  }

  @Test
  void customersWithTheSamePhoneAreListedAndMergingMovesTheirSales() {
    long client = fixture.clientX.getId();
    long kept = customers().create(client, input("鈴木 恵", "03-1111-2222", "M100")).getId();
    long merged = customers().create(client, input("鈴木 めぐみ", "0311112222", null)).getId();
    orders().record(client, new NewOrder(LocalDate.of(2026, 4, 3), null, null, merged,
        List.of(new NewOrder.NewOrderLine(null, 1, 800), new NewOrder.NewOrderLine(null, 2, 1000))));

    WebClient owner = owner();
    String list = owner.get(base() + "duplicates").body();
    assertTrue(list.contains("data-testid=\"duplicate-member-" + kept + "\"") && list.contains("data-testid=\"duplicate-member-" + merged + "\""));
    assertTrue(list.contains("電話番号が同じ"));

    WebClient.Response same = owner.post(base() + "duplicates/merge", Map.of("keptId", String.valueOf(kept), "mergedId", String.valueOf(kept)));
    assertEquals(200, same.status());
    assertTrue(same.body().contains("data-testid=\"merge-error\""));

    WebClient.Response done = owner.post(base() + "duplicates/merge", Map.of("keptId", String.valueOf(kept), "mergedId", String.valueOf(merged)));
    assertEquals(302, done.status());
    assertTrue(done.location().endsWith("duplicates?moved=2"), done.location());
    String after = owner.follow(done).body();
    assertTrue(after.contains("data-testid=\"merge-done\""));
    assertFalse(after.contains("data-testid=\"duplicate-member-" + merged + "\""));
    assertEquals(2, customers().salesOf(client, kept, 1, 10).total());
    assertNotNull(customers().get(client, merged).getMergedInto());
    assertTrue(owner.get(base() + "customers/" + merged).body().contains("data-testid=\"customer-merged\""));
  }

  @Test
  void anotherClientsRecordsAreNotFound() {
    long theirCustomer = customers().create(fixture.clientY.getId(), input("他店の お客様", "06-9999-0000", null)).getId();
    long theirProduct = products().create(fixture.clientY.getId(), new ProductInput(null, "他店の商品", 100L)).getId();
    long ours = customers().create(fixture.clientX.getId(), input("自店の お客様", "06-9999-0000", null)).getId();
    WebClient owner = owner();
    assertEquals(404, owner.get(base() + "customers/" + theirCustomer).status());
    assertEquals(404, owner.get(base() + "products/" + theirProduct).status());
    assertEquals(404, owner.get(base() + "orders/new?customerId=" + theirCustomer).status());
    owner.get(base() + "customers");
    assertEquals(404, owner.post(base() + "customers/" + theirCustomer, Map.of("name", "書き換え")).status());
    assertEquals(404, owner.post(base() + "products/" + theirProduct, Map.of("name", "書き換え")).status());
    assertEquals(404, owner.post(base() + "duplicates/merge", Map.of("keptId", String.valueOf(ours),
        "mergedId", String.valueOf(theirCustomer))).status());
    assertEquals("他店の お客様", customers().get(fixture.clientY.getId(), theirCustomer).getName());
    assertEquals("他店の商品", products().get(fixture.clientY.getId(), theirProduct).getName());
    assertEquals(404, owner.get(base() + "customers/not-a-number").status());
  }

  @Test
  void everyEntryPageHasItsTextsInJapaneseAndEnglish() {
    long id = customers().create(fixture.clientX.getId(), input("言葉 確認", "045-000-1111", null)).getId();
    long productId = products().create(fixture.clientX.getId(), new ProductInput(null, "言葉の商品", null)).getId();
    WebClient owner = owner();
    List<String> pages = List.of("customers", "customers/new", "customers/" + id, "products", "products/" + productId,
        "orders/new", "orders/new?customerId=" + id, "duplicates");
    for (String language : List.of("ja", "en")) {
      owner.get(base() + "customers");
      assertEquals(302, owner.post("/language", Map.of("lang", language, "back", base() + "customers")).status());
      for (String page : pages) {
        WebClient.Response r = owner.get(base() + page);
        assertEquals(200, r.status(), page);
        assertFalse(r.body().contains("??"), language + " text missing on " + page);
      }
    }
    assertTrue(owner.get(base() + "orders/new").body().contains("Enter sales"));
  }

  private static WebClient owner() {
    return host.client().login(fixture.userX.getEmail(), Fixture.PASSWORD);
  }

  private static String base() {
    return "/clients/" + fixture.clientX.getId() + "/steps/" + Fixture.OPEN_STEP + "/";
  }

  private static long idIn(String location) {
    Matcher m = ID_IN_LOCATION.matcher(location);
    assertTrue(m.find(), location);
    return Long.parseLong(m.group(1));
  }

  private static CustomerInput input(String name, String phone, String code) {
    return new CustomerInput(code, name, null, phone, null, null, null, null, null, null);
  }

  private static Product product(String name) {
    return products().list(fixture.clientX.getId(), name, 1, 10).items().get(0);
  }

  private static CustomerService customers() {
    return host.services().core().get(CustomerService.class);
  }

  private static ProductService products() {
    return host.services().core().get(ProductService.class);
  }

  private static OrderEntryService orders() {
    return host.services().core().get(OrderEntryService.class);
  }
}
