package kyokan.web.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Step 4's pages: the plan per group, the campaign list and form, one campaign with its print links and result. */
public final class FollowUpPages extends Page {
  public FollowUpPages(WebDriver driver) {
    super(driver);
  }

  public static FollowUpPages open(WebDriver driver, String clientUrl) {
    driver.get(clientUrl + "/steps/segment-follow-up");
    return new FollowUpPages(driver);
  }

  public void openPlan() { click("to-plan"); }

  public String planMessage(String cell) { return el("plan-message-" + cell).getAttribute("value"); }

  public void setPlanMessage(String cell, String text) { type("plan-message-" + cell, text); }

  public void savePlan() { click("plan-save"); }

  public boolean planSaved() { return has("plan-saved"); }

  public void openCampaigns() { click("nav-campaigns"); }

  public void newCampaign() { click("new-campaign"); }

  public void name(String name) { type("campaign-name", name); }

  public void chooseCell(String cell) { toggle("cell-" + cell); }

  public void holdout(String percent) { type("campaign-holdout", percent); }

  public void preview() { click("campaign-preview"); }

  public int previewed(String what) { return Integer.parseInt(text("preview-" + what).replace(",", "")); }

  public String power() { return text("preview-power"); }

  public void create() { click("campaign-create"); }

  public int count(String what) { return Integer.parseInt(text("count-" + what).replace(",", "")); }

  public String link(String testId) { return el(testId).getAttribute("href"); }

  public void openCampaign(String name) {
    driver.findElements(By.cssSelector("[data-testid='campaign-link']")).stream()
        .filter(a -> a.getText().equals(name)).findFirst().orElseThrow().click();
  }

  public String verdict() { return text("result-verdict"); }

  public String explanation() { return text("result-explanation"); }

  public String interval() { return text("result-interval"); }

  public void switchToEnglish() { click("lang-en"); }
}
