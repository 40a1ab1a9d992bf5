package kyokan.web.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

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

  /** Clicks as a person would: scrolled to the middle of the window, clear of the sticky save bar. */
  protected void click(String testId) {
    WebElement e = el(testId);
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
    e.click();
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
