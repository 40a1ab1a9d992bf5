package kyokan.web.browser.pages;

import org.openqa.selenium.WebDriver;

/** Step 5's pages, reached from its overview: the follow-up sequence, this week's contacts with their print links and marks, the F2 results. */
public final class NewCustomerCarePages extends Page {
  public NewCustomerCarePages(WebDriver driver) {
    super(driver);
  }

  public static NewCustomerCarePages open(WebDriver driver, String clientUrl) {
    driver.get(clientUrl + "/steps/new-customer-care");
    return new NewCustomerCarePages(driver);
  }

  public void openSequence() { click("to-sequence"); }

  public String message(int step) { return el("sequence-message-" + step).getAttribute("value"); }

  public void setMessage(int step, String text) { type("sequence-message-" + step, text); }

  public void setDays(int step, String days) { type("sequence-days-" + step, days); }

  public void saveSequence() { click("sequence-save"); }

  public boolean sequenceSaved() { return has("sequence-saved"); }

  public String daysError(int step) { return text("sequence-days-error-" + step); }

  public void openDue() { click("to-due"); }

  public int dueCount(String bucket) { return Integer.parseInt(text("due-" + bucket)); }

  public int rows() { return all("due-row").size(); }

  public String firstCustomer() { return all("due-customer").get(0).getText(); }

  public String link(String testId) { return el(testId).getAttribute("href"); }

  public void tickFirst() {
    var box = all("due-check").get(0);
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
    box.click();
  }

  public void note(String text) { type("due-note", text); }

  public void markDone() { click("mark-done"); }

  public String dueFlash() { return text("due-flash"); }

  public void openResults() { click("to-results"); }

  public int enrolled() { return Integer.parseInt(text("count-enrolled").replace(",", "")); }

  public String verdict90() { return text("verdict-90"); }

  public String interval90() { return text("f2-interval-90"); }

  public int passedContacted90() { return Integer.parseInt(text("passed-contacted-90").replace(",", "")); }
}
