package kyokan.web.browser.pages;

import org.openqa.selenium.WebDriver;

/** The consultant's dashboard, client registration, client page and engagement timeline. */
public final class ConsultantPages extends Page {
  public ConsultantPages(WebDriver driver) {
    super(driver);
  }

  public void registerClient(String name, String businessType, String contact) {
    click("new-client");
    type("client-name", name);
    type("client-business-type", businessType);
    type("client-contact-name", contact);
    click("client-submit");
  }

  public String clientTitle() {
    return text("client-title");
  }

  public void createClientUser(String name, String email, String initialPassword) {
    type("client-user-name", name);
    type("client-user-email", email);
    type("client-user-password", initialPassword);
    click("client-user-submit");
  }

  /** Starts a cycle in the month shown (yyyy-MM) and lands on its timeline. */
  public void startEngagement(String month) {
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
        "document.querySelector(\"[data-testid='engagement-start']\").value = arguments[0]", month);
    click("engagement-submit");
  }

  public void unlock(String stepId) {
    click("unlock-" + stepId);
  }

  public String lockState(String stepId) {
    return text("lock-state-" + stepId);
  }

  public String changedBy(String stepId) {
    return text("changed-by-" + stepId);
  }

  public String worksheetStatus(String stepId) {
    return text("status-" + stepId);
  }

  public String clientUrl() {
    return driver.getCurrentUrl().replaceAll("/engagements/.*$", "").replaceAll("/steps/.*$", "");
  }
}
