package kyokan.web.browser.pages;

import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Step 1's import flow: upload, mapping, check result, import result, data quality. */
public final class ImportPages extends Page {
  public ImportPages(WebDriver driver) {
    super(driver);
  }

  public static ImportPages open(WebDriver driver, String clientUrl) {
    driver.get(clientUrl + "/steps/data-capture/import");
    return new ImportPages(driver);
  }

  public void upload(Path file, String kind) {
    new Select(el("upload-kind")).selectByValue(kind);
    el("upload-file").sendKeys(file.toAbsolutePath().toString());
    click("upload-submit");
  }

  public String previewText() {
    return text("preview");
  }

  public String mappedColumn(String field) {
    return new Select(el("map-" + field)).getFirstSelectedOption().getAttribute("value");
  }

  public void mapColumn(String field, String column) {
    new Select(el("map-" + field)).selectByValue(column);
  }

  public void check() {
    click("mapping-check");
    waitForJob();
  }

  public void importRows() {
    click("import-run");
    waitForJob();
  }

  /** The job page refreshes itself each second until the job is done. */
  private void waitForJob() {
    new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
      var job = d.findElements(By.cssSelector("[data-testid='job']"));
      return !job.isEmpty() && !"RUNNING".equals(job.get(0).getAttribute("data-state"));
    });
  }

  public String jobState() {
    return el("job").getAttribute("data-state");
  }

  public String problemList() {
    return text("problem-list");
  }

  public String importButton() {
    return text("import-run");
  }

  public void openQuality() {
    click("to-quality");
  }
}
