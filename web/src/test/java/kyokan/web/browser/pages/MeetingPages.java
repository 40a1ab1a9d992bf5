package kyokan.web.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** The engagement's meetings list, the meeting page, and the action items on the client's home. */
public final class MeetingPages extends Page {
  public MeetingPages(WebDriver driver) {
    super(driver);
  }

  public void openEngagement(String clientUrl, long engagementId) {
    driver.get(clientUrl + "/engagements/" + engagementId);
  }

  /** Opens a meeting for the month preselected on the engagement page (this month). */
  public void openMeeting() {
    click("meeting-open");
  }

  public void openListedMeeting(long meetingId) {
    click("meeting-link-" + meetingId);
  }

  public String figure(String id) {
    return text("figure-" + id);
  }

  public String previousFigure(String id) {
    return text("figure-prev-" + id);
  }

  public String movementSentence() {
    return text("movement-sentence");
  }

  public void saveNotes(String notes) {
    type("notes-input", notes);
    click("notes-save");
  }

  public String notes() {
    return el("notes-input").getAttribute("value");
  }

  public void addDecision(String decision) {
    type("decision-input", decision);
    click("decision-add");
  }

  public String decisions() {
    return text("meeting-decisions");
  }

  /** Adds an action item for the shop; the date is set as the date picker would set it. */
  public void addItemForClient(String what, String dueIsoDate) {
    type("item-body", what);
    toggle("item-owner-client");
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", el("item-due"), dueIsoDate);
    click("item-add");
  }

  /** The id of the first item whose text is {@code what}, on the page shown. */
  public long itemId(String what) {
    return driver.findElements(By.cssSelector("[data-testid^='item-text-']")).stream()
        .filter(e -> e.getText().equals(what)).findFirst()
        .map(e -> Long.parseLong(e.getAttribute("data-testid").substring("item-text-".length())))
        .orElseThrow(() -> new AssertionError("no item " + what));
  }

  public void markDone(long itemId) {
    click("item-done-" + itemId);
  }

  public boolean isDone(long itemId) {
    return has("item-reopen-" + itemId) && has("item-done-line-" + itemId);
  }

  public String doneLine(long itemId) {
    return text("item-done-line-" + itemId);
  }

  public String myItems() {
    return text("my-action-items");
  }

  public String reportHref() {
    return el("report-pdf").getAttribute("href");
  }

  public String reportLabel() {
    return text("report-pdf");
  }
}
