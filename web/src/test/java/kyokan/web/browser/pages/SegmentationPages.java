package kyokan.web.browser.pages;

import org.openqa.selenium.WebDriver;

/** Step 3's pages: the ten cells, the thresholds with their preview and save, the monthly movement, member lists. */
public final class SegmentationPages extends Page {
  public SegmentationPages(WebDriver driver) {
    super(driver);
  }

  public static SegmentationPages open(WebDriver driver, String clientUrl) {
    driver.get(clientUrl + "/steps/segmentation");
    return new SegmentationPages(driver);
  }

  public void openCells() { click("to-cells"); }

  public void openThresholds() { click("nav-thresholds"); }

  public void openMovement() { click("nav-movement"); }

  public void openCellsTab() { click("nav-cells"); }

  /** A cell's count on the cells page, e.g. count("FIRST_TIMER_LAPSED"). */
  public int count(String cell) { return Integer.parseInt(text("count-" + cell).replace(",", "")); }

  public String basis() { return text("cells-basis"); }

  public boolean hasChart(String id) { return has("chart-" + id); }

  public String reason(String id) { return text("reason-" + id); }

  public void setThreshold(String field, String value) { type("field-" + field, value); }

  public void preview() { click("preview"); }

  public int previewCurrent(String cell) { return Integer.parseInt(text("preview-current-" + cell).replace(",", "")); }

  public int previewProposed(String cell) { return Integer.parseInt(text("preview-proposed-" + cell).replace(",", "")); }

  public void save() { click("save"); }

  public String notice() { return text("thresholds-notice"); }

  public String inForce() { return text("thresholds-in-force"); }

  public int historyRows() { return all("history-row").size(); }

  public String sentence() { return text("movement-sentence"); }

  public void openKind(String kind) { click("kind-" + kind); }

  public void openCell(String cell) { click("count-" + cell); }

  public String membersTitle() { return text("members-title"); }

  public String membersCount() { return text("members-count"); }

  public int memberRows() { return all("member-row").size(); }
}
