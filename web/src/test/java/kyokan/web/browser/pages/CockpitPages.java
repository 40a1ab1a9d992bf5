package kyokan.web.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The consultant's cockpit, the month's meetings with the planning form, and the "print the month" job. */
public final class CockpitPages extends Page {
  public CockpitPages(WebDriver driver) {
    super(driver);
  }

  public void open(String baseUrl) {
    driver.get(baseUrl + "/");
  }

  public List<WebElement> rows() {
    return all("cockpit-row");
  }

  public WebElement row(long clientId) {
    return driver.findElement(By.cssSelector("[data-testid='cockpit-row'][data-client='" + clientId + "']"));
  }

  public boolean isStale(long clientId) {
    return !row(clientId).findElements(By.cssSelector("[data-testid='stale']")).isEmpty();
  }

  public String cell(long clientId, String testId) {
    return row(clientId).findElement(By.cssSelector("[data-testid='" + testId + "']")).getText();
  }

  public boolean hasSparkline(long clientId) {
    return !row(clientId).findElements(By.cssSelector("[data-testid='sparkline'] svg")).isEmpty();
  }

  public List<String> alerts(long clientId) {
    return row(clientId).findElements(By.cssSelector("[data-testid='alert']")).stream().map(WebElement::getText).toList();
  }

  /** Follows the client's alert of {@code kind} (e.g. {@code overdue}) to its page. */
  public void followAlert(long clientId, String kind) {
    WebElement link = row(clientId).findElement(By.cssSelector("[data-testid='alert'][data-kind='" + kind + "']"));
    driver.get(link.getAttribute("href"));
  }

  public void filter(String month, String alert) {
    new Select(el("filter-month")).selectByValue(month);
    new Select(el("filter-alert")).selectByValue(alert);
    click("filter-apply");
  }

  public void openMeetings() {
    click("nav-meetings");
  }

  public void planMeetingFor(long clientId, String date, String time, String place) {
    new Select(el("calendar-client")).selectByValue(String.valueOf(clientId));
    click("calendar-plan-go");
    setValue("plan-date", date);
    setValue("plan-time", time);
    type("plan-place", place);
    click("plan-submit");
  }

  /** Date and time inputs take their ISO value directly (typing into them follows the browser's locale). */
  private void setValue(String testId, String value) {
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", el(testId), value);
  }

  public List<String> calendarRows() {
    return all("calendar-row").stream().map(WebElement::getText).toList();
  }

  public void printAll(String month) {
    setValue("print-month", month);
    click("print-all-submit");
  }

  public String printState() {
    return el("print-job").getAttribute("data-state");
  }

  public String downloadHref() {
    return el("print-download").getAttribute("href");
  }
}
