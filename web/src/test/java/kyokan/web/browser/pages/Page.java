package kyokan.web.browser.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Base of the page objects: elements are found by their data-testid. */
public abstract class Page {
  protected final WebDriver driver;

  protected Page(WebDriver driver) {
    this.driver = driver;
  }

  protected WebElement el(String testId) {
    return driver.findElement(By.cssSelector("[data-testid='" + testId + "']"));
  }

  protected List<WebElement> all(String testId) {
    return driver.findElements(By.cssSelector("[data-testid='" + testId + "']"));
  }

  /**
   * Clicks a link or button as a person would (scrolled clear of the sticky save bar) and waits until
   * the next page has replaced this one, so the next step never acts on the old page.
   */
  protected void click(String testId) {
    WebElement e = toggle(testId);
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> isGone(e));
  }

  private static boolean isGone(WebElement e) {
    try {
      e.isEnabled();
      return false;
    } catch (WebDriverException gone) {
      // Stale, or Chromium's "node does not belong to the document": either way the page was replaced.
      return true;
    }
  }

  /** Clicks a control that stays on the page (a radio button, a checkbox). */
  protected WebElement toggle(String testId) {
    WebElement e = el(testId);
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
    e.click();
    return e;
  }

  protected void type(String testId, String text) {
    WebElement e = el(testId);
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
    e.clear();
    e.sendKeys(text);
  }

  public boolean has(String testId) {
    return !all(testId).isEmpty();
  }

  public String text(String testId) {
    return el(testId).getText();
  }

  public String flash() {
    return text("flash");
  }

  public String title() {
    return driver.getTitle();
  }
}
