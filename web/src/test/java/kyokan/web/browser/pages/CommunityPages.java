package kyokan.web.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Step 7's pages: events with invitations and attendance, the voice page with replies, a survey, the figures. */
public final class CommunityPages extends Page {
  private final String stepUrl;

  public CommunityPages(WebDriver driver, String clientUrl) {
    super(driver);
    this.stepUrl = clientUrl + "/steps/community/";
  }

  public void openEvents() { driver.get(stepUrl + "events"); }

  public void newEvent(String title, String date, String place, String capacity, String cost) {
    type("event-title", title);
    setValue("event-date", date);
    type("event-place", place);
    type("event-capacity", capacity);
    type("event-cost", cost);
    click("event-create");
  }

  /** A date input takes its ISO value directly (typing into it follows the browser's locale). */
  private void setValue(String testId, String value) {
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", el(testId), value);
  }

  public void inviteCell(String cell) { toggle("invite-cell-" + cell); }

  public void sendInvitations() { click("invite-send"); }

  public String invitedFlash() { return text("invited-flash"); }

  public String link(String testId) { return el(testId).getAttribute("href"); }

  /** Ticks "came" for the first {@code n} guests and saves. */
  public void markCame(int n) {
    var boxes = driver.findElements(By.cssSelector("[data-testid^='came-']"));
    for (WebElement box : boxes.subList(0, n)) {
      ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
      if (!box.isSelected()) box.click();
    }
    click("attendance-save");
  }

  public long cameCount() {
    return driver.findElements(By.cssSelector("[data-testid^='came-']")).stream().filter(WebElement::isSelected).count();
  }

  public String outcomeAttendees() { return text("outcome-attendees"); }

  public void openVoice() { driver.get(stepUrl + "voice"); }

  public void openFirstSurvey() { driver.findElements(By.cssSelector("[data-testid^='survey-link-']")).get(0).click(); }

  public String publicLink() { return link("public-link"); }

  /** On the public page: a score, a comment, send. */
  public void answer(int score, String comment) {
    toggle("recommend-" + score);
    type("answer-comment", comment);
    click("public-submit");
  }

  public boolean thanked() { return has("public-thanks"); }

  public boolean unanswered(String comment) {
    return !driver.findElements(By.xpath(commentXpath(comment))).isEmpty();
  }

  /** Writes the reply and the action under the unanswered comment with this text, and saves. */
  public void reply(String comment, String reply, String action) {
    WebElement box = driver.findElement(By.xpath(commentXpath(comment)));
    box.findElement(By.name("reply")).sendKeys(reply);
    box.findElement(By.name("action")).sendKeys(action);
    WebElement save = box.findElement(By.cssSelector("button[type=submit]"));
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
    save.click();
    new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
        .until(d -> { try { save.isEnabled(); return false; } catch (org.openqa.selenium.WebDriverException gone) { return true; } });
  }

  private static String commentXpath(String comment) {
    return "//div[starts-with(@data-testid,'comment-')][p[@class='comment-text' and normalize-space(.)='" + comment + "']][form]";
  }

  public void openFigures() { driver.get(stepUrl + "figures"); }

  public String membersRepeat() { return text("members-repeat"); }

  public void openIntroductions() { driver.get(stepUrl + "introductions"); }

  public String nps() { return text("nps"); }

  public String npsInterval() { return text("nps-interval"); }
}
