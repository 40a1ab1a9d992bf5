package kyokan.web.browser.pages;

import org.openqa.selenium.WebDriver;

/** A step page: purpose, overview, the worksheet and its comments. */
public final class StepPage extends Page {
  public StepPage(WebDriver driver) {
    super(driver);
  }

  public static StepPage open(WebDriver driver, String clientUrl, String stepId) {
    driver.get(clientUrl + "/steps/" + stepId);
    return new StepPage(driver);
  }

  public String stepTitle() { return text("step-title"); }

  public String purpose() { return text("step-purpose"); }

  public String status() { return text("worksheet-status"); }

  public void answer(String questionId, String text) { type("answer-" + questionId, text); }

  public void choose(String questionId, String option) { toggle("answer-" + questionId + "-" + option); }

  public String answerValue(String questionId) { return el("answer-" + questionId).getAttribute("value"); }

  public void saveDraft() { click("worksheet-save"); }

  public void submit() { click("worksheet-submit"); }

  public void comment(String questionId, String text) {
    type("comment-input-" + questionId, text);
    click("comment-submit-" + questionId);
  }

  public String comments(String questionId) { return text("comments-" + questionId); }

  public void markReviewed() { click("worksheet-review"); }

  public boolean isLockedInNav(String stepId) {
    return el("nav-step-" + stepId).getAttribute("class").contains("locked");
  }

  public String navText(String stepId) { return text("nav-step-" + stepId); }
}
