package kyokan.web.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its own chromedriver: explicit paths, so Selenium never reaches
 * for the network. Where Chromium is missing the test is skipped with a clear message, except in CI
 * (CI=true), where a skipped browser test would hide a broken install and so fails instead.
 */
public final class Browser {
  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  static final Path SCREENSHOTS = Path.of("target/screenshots");

  private Browser() {}

  public static WebDriver start(Path profileDir) {
    boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    String why = "Chromium not installed (" + CHROMIUM + ", " + CHROMEDRIVER + "): apt-get install chromium chromium-driver";
    if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) fail("browser tests must run in CI: " + why);
    assumeTrue(present, "browser test skipped: " + why);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
        "--disable-quic", "--lang=ja", "--user-data-dir=" + profileDir.toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1280, 900));
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    return driver;
  }

  /** Saves a full-page screenshot under target/screenshots, so a run can be looked at afterwards. */
  public static void screenshot(WebDriver driver, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      long height = (Long) ((ChromeDriver) driver).executeScript("return document.documentElement.scrollHeight");
      driver.manage().window().setSize(new Dimension(1280, (int) Math.min(Math.max(height, 900), 6000)));
      File png = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(png.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      driver.manage().window().setSize(new Dimension(1280, 900));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A screenshot of the page as the print stylesheet lays it out; the screen layout comes back after. */
  public static void printPreview(WebDriver driver, String name) {
    ChromeDriver chrome = (ChromeDriver) driver;
    chrome.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
    chrome.executeScript("window.scrollTo(0, 0)");
    screenshot(driver, name);
    chrome.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
  }

  /** Whether an element is laid out (not hidden by a stylesheet). */
  public static boolean shown(WebDriver driver, String testId) {
    return driver.findElements(org.openqa.selenium.By.cssSelector("[data-testid='" + testId + "']")).stream()
        .anyMatch(org.openqa.selenium.WebElement::isDisplayed);
  }
}
