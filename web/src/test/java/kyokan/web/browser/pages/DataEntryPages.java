package kyokan.web.browser.pages;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Step 1's hand entry: products, customers, the quick order form and the duplicates to merge. */
public final class DataEntryPages extends Page {
  private final String stepUrl;

  public DataEntryPages(WebDriver driver, String clientUrl) {
    super(driver);
    this.stepUrl = clientUrl + "/steps/data-capture/";
  }

  public void openProducts() { driver.get(stepUrl + "products"); }

  public void openCustomers() { driver.get(stepUrl + "customers"); }

  public void openOrderForm() { driver.get(stepUrl + "orders/new"); }

  public void openDuplicates() { driver.get(stepUrl + "duplicates"); }

  public void addProduct(String name, String code, String price) {
    type("product-name", name);
    type("product-code", code);
    type("product-price", price);
    click("product-save");
  }

  public void startNewCustomer() { click("customer-new"); }

  /** Fills the customer form; a null value leaves the field as it is. */
  public void fillCustomer(String name, String kana, String phone, String email, String code, String birthday, boolean consent) {
    type("customer-name", name);
    if (kana != null) type("customer-kana", kana);
    if (phone != null) type("customer-phone", phone);
    if (email != null) type("customer-email", email);
    if (code != null) type("customer-code", code);
    // A date input takes keys in the browser's own order; the value is what the form sends.
    if (birthday != null) setValue("customer-birthday", birthday);
    if (consent != el("customer-consent").isSelected()) toggle("customer-consent");
  }

  public void saveCustomer() { click("customer-save"); }

  public void searchCustomers(String query) {
    type("customer-query", query);
    click("customer-search-submit");
  }

  public void enterSaleForThisCustomer() { click("customer-add-order"); }

  public void typeCustomer(String text) { type("order-customer", text); }

  /** Picks the product whose label starts with {@code name} on a line row, with a quantity and an amount (blank: from the price). */
  public void line(int row, String name, String quantity, String amount) {
    Select select = new Select(el("line-product-" + row));
    for (WebElement option : select.getOptions()) {
      if (option.getText().startsWith(name)) {
        select.selectByValue(option.getAttribute("value"));
        break;
      }
    }
    type("line-quantity-" + row, quantity);
    type("line-amount-" + row, amount);
  }

  public void recordOrder() { click("order-save"); }

  /** Merges with the form's choice for the group whose first member is {@code firstId}. */
  public void mergeGroup(long firstId) { click("merge-submit-" + firstId); }

  private void setValue(String testId, String value) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", el(testId), value);
  }
}
