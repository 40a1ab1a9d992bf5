package kyokan.web.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Step 6's pages: the VIP list, a customer's カルテ with its treatment form, the VIPs at risk, retention. */
public final class VipPages extends Page {
  public VipPages(WebDriver driver) {
    super(driver);
  }

  public static VipPages open(WebDriver driver, String clientUrl) {
    driver.get(clientUrl + "/steps/vip-treatment");
    return new VipPages(driver);
  }

  public void openRoster() { click("nav-roster"); }

  public int rosterSize() { return all("roster-row").size(); }

  /** Opens the カルテ of the first VIP on the list; returns their name. */
  public String openFirstKarte() {
    String name = el("roster-karte").getText();
    click("roster-karte");
    return name;
  }

  public String karteTitle() { return text("karte-title"); }

  public boolean isVip() { return has("karte-vip"); }

  public String rhythm() { return text("karte-rhythm"); }

  public void choosePerk(String name) {
    el("treatment-perk").findElements(By.tagName("option")).stream()
        .filter(o -> o.getText().startsWith(name)).findFirst().orElseThrow().click();
  }

  public void treatmentNote(String note) { type("treatment-note", note); }

  public void saveTreatment() { click("treatment-save"); }

  public String flashText() { return text("karte-flash"); }

  public String treatments() { return text("karte-treatments"); }

  public String timeline() { return text("karte-timeline"); }

  public void openAtRisk() { click("nav-at-risk"); }

  public int atRiskCount() { return all("at-risk-row").size(); }

  public void makeCampaign() { click("at-risk-campaign"); }

  public void openRetention() { click("nav-retention"); }

  public boolean hasRetentionChart() {
    return !el("retention-chart").findElements(By.tagName("svg")).isEmpty();
  }

  public int retentionRows() { return all("retention-row").size(); }

  public String comparison() { return text("retention-comparison"); }
}
