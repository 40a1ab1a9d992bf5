package kyokan.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import kyokan.core.sales.CustomerService;
import kyokan.web.browser.pages.DataEntryPages;
import kyokan.web.browser.pages.LoginPage;
import kyokan.web.support.Fixture;
import kyokan.web.support.TestHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;

/** A shop without a till types its products, two customers and their orders, then merges the two as one person. */
class DataEntryIT {
  @TempDir Path temp;
  TestHost host;
  WebDriver driver;
  Fixture fixture;

  @BeforeEach
  void start() {
    driver = Browser.start(temp.resolve("chrome-profile"));
    host = TestHost.start(temp);
    fixture = new Fixture(host.services());
  }

  @AfterEach
  void stop() {
    if (driver != null) driver.quit();
    if (host != null) host.close();
  }

  @Test
  void ownerTypesProductsCustomersAndOrdersThenMergesADuplicate() {
    LoginPage.open(driver, host.baseUrl()).logIn(fixture.userX.getEmail(), Fixture.PASSWORD);
    DataEntryPages entry = new DataEntryPages(driver, host.baseUrl() + "/clients/" + fixture.clientX.getId());

    entry.openProducts();
    entry.addProduct("ブレンドコーヒー", "C-01", "550");
    entry.addProduct("さくらブレンド(豆200g)", "B-200", "1,600");
    entry.addProduct("焼き菓子セット", "", "-1200");
    assertTrue(entry.text("error-unitPrice").contains("マイナス"));
    Browser.screenshot(driver, "20-products-error");
    entry.addProduct("焼き菓子セット", "", "1200");
    assertTrue(entry.has("product-added"));
    Browser.screenshot(driver, "21-products");

    entry.openCustomers();
    entry.startNewCustomer();
    entry.fillCustomer("山田 花子", "ヤマダ ハナコ", "090-1234-5678", "hanako@example.jp", "M001", "1985-04-01", true);
    Browser.screenshot(driver, "22-customer-new");
    entry.saveCustomer();
    assertTrue(entry.has("customer-saved"));
    entry.enterSaleForThisCustomer();
    assertTrue(entry.text("order-customer-pinned").contains("山田 花子"));
    entry.line(0, "ブレンドコーヒー", "2", "");
    entry.line(1, "さくらブレンド", "1", "1,600");
    entry.recordOrder();
    assertTrue(entry.text("order-recorded").contains("2"));
    Browser.screenshot(driver, "23-order-recorded");

    entry.openCustomers();
    entry.startNewCustomer();
    entry.fillCustomer("山田 はなこ", null, "09012345678", null, "M002", null, false);
    entry.saveCustomer();
    entry.openOrderForm();
    entry.typeCustomer("M002");
    entry.line(0, "焼き菓子セット", "1", "");
    entry.recordOrder();
    entry.openOrderForm();
    entry.recordOrder();
    assertTrue(entry.has("error-lines"), "an order without lines is refused and explained");
    Browser.screenshot(driver, "24-order-error");

    entry.openCustomers();
    Browser.screenshot(driver, "25-customers");
    entry.searchCustomers("ヤマダ");
    assertEquals("全 1 人", entry.text("customers-count"), "kana search finds the one with kana");

    entry.openDuplicates();
    assertTrue(entry.text("duplicate-reasons").contains("電話番号が同じ"));
    Browser.screenshot(driver, "26-duplicates");
    long first = host.services().core().get(CustomerService.class).list(fixture.clientX.getId(), "M001", 1, 1).items().get(0).getId();
    entry.mergeGroup(first);
    assertTrue(entry.text("merge-done").contains("1 行"), entry.text("merge-done"));
    Browser.screenshot(driver, "27-merged");

    driver.get(host.baseUrl() + "/clients/" + fixture.clientX.getId() + "/steps/data-capture/customers/" + first);
    assertTrue(entry.text("customer-sales").contains("焼き菓子セット"), "the merged customer's sale moved");
    Browser.screenshot(driver, "28-customer-sales");
  }
}
