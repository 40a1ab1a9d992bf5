package kyokan.web.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kyokan.core.sales.Customer;
import kyokan.core.sales.CustomerInput;
import kyokan.core.sales.CustomerService;
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

/** Two people editing one product or customer: the stale form is refused, showing both, and overwrites nothing (issue 18.8). */
class EditConflictTest {
  private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"([^\"]+)\"");
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
  void aStaleProductFormIsRefusedShowingTheSavedValuesBesideTheInput() {
    long clientId = fixture.clientX.getId();
    Product product = host.services().core().get(ProductService.class).create(clientId, new ProductInput("B-01", "ブレンド", 500L));
    String url = base() + "products/" + product.getId();
    WebClient owner = host.client().login(fixture.userX.getEmail(), Fixture.PASSWORD);
    WebClient consultant = host.client().login(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD);
    String ownersVersion = version(owner.get(url).body());
    String consultantsVersion = version(consultant.get(url).body());

    assertEquals(302, owner.post(url, Map.of("code", "B-01", "name", "深煎りブレンド", "unitPrice", "550", "version", ownersVersion)).status());
    WebClient.Response stale = consultant.post(url, Map.of("code", "B-01", "name", "浅煎りブレンド", "unitPrice", "480",
        "version", consultantsVersion));

    assertTrue(stale.body().contains("data-testid=\"edit-conflict\""), "the conflict is said");
    String saved = section(stale.body(), "edit-conflict-saved");
    assertTrue(saved.contains("深煎りブレンド") && saved.contains("550"), "the saved values: " + saved);
    assertTrue(stale.body().contains("value=\"浅煎りブレンド\"") && stale.body().contains("value=\"480\""), "the refused input stays in the form");
    Product now = host.services().core().get(ProductService.class).get(clientId, product.getId());
    assertEquals("深煎りブレンド", now.getName());
    assertEquals(550L, now.getUnitPrice());

    // Saving again from the conflict page is a deliberate choice and goes through.
    assertEquals(302, consultant.post(url, Map.of("code", "B-01", "name", "浅煎りブレンド", "unitPrice", "480",
        "version", version(stale.body()))).status());
    assertEquals("浅煎りブレンド", host.services().core().get(ProductService.class).get(clientId, product.getId()).getName());
  }

  @Test
  void aStaleCustomerFormIsRefusedShowingTheSavedValuesBesideTheInput() {
    long clientId = fixture.clientX.getId();
    Customer customer = host.services().core().get(CustomerService.class).create(clientId,
        new CustomerInput("K-01", "佐藤 花子", null, "090-0000-0001", null, null, null, null, null, true));
    String url = base() + "customers/" + customer.getId();
    WebClient owner = host.client().login(fixture.userX.getEmail(), Fixture.PASSWORD);
    WebClient consultant = host.client().login(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD);
    String ownersVersion = version(owner.get(url).body());
    String consultantsVersion = version(consultant.get(url).body());

    assertEquals(302, owner.post(url, form("佐藤 花子", "090-1111-2222", ownersVersion)).status());
    WebClient.Response stale = consultant.post(url, form("佐藤 はなこ", "03-3333-4444", consultantsVersion));

    String saved = section(stale.body(), "edit-conflict-saved");
    assertTrue(saved.contains("090-1111-2222"), saved);
    assertTrue(stale.body().contains("value=\"03-3333-4444\""));
    assertEquals("090-1111-2222", host.services().core().get(CustomerService.class).get(clientId, customer.getId()).getPhone());
    assertFalse(stale.body().contains("data-testid=\"customer-saved\""));
  }

  private static Map<String, String> form(String name, String phone, String version) {
    Map<String, String> form = new HashMap<>(Map.of("code", "K-01", "name", name, "phone", phone, "contactConsent", "on"));
    form.put("version", version);
    return form;
  }

  private static String base() {
    return "/clients/" + fixture.clientX.getId() + "/steps/" + Fixture.OPEN_STEP + "/";
  }

  private static String version(String page) {
    Matcher m = VERSION.matcher(page);
    assertTrue(m.find(), "the form carries its version");
    return m.group(1);
  }

  private static String section(String page, String testid) {
    int at = page.indexOf("data-testid=\"" + testid + "\"");
    assertTrue(at >= 0, testid + " is shown");
    return page.substring(at, page.indexOf("</dl>", at));
  }
}
