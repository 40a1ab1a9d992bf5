package kyokan.web.browser.pages;

import org.openqa.selenium.WebDriver;

/** Step 2's pages after the worksheet: the comparison, the dashboard and its drill-downs. */
public final class AnalysisPages extends Page {
  public AnalysisPages(WebDriver driver) {
    super(driver);
  }

  public void openComparison() { click("to-compare"); }

  public String answeredOfEight() { return text("compare-answered"); }

  /** The comparison's row for a question (q1 … q10): question, your answer, the data's, the gap. */
  public String comparisonRow(String question) { return text("compare-" + question); }

  public String dataAnswer(String question) { return text("compare-data-" + question); }

  public void openDashboard() { click("nav-dashboard"); }

  public String figure(String id) { return text("value-" + id); }

  public String basis() { return text("dashboard-basis"); }

  public boolean hasChart(String id) { return has("chart-" + id); }

  public void drillInto(String figureId) { click("drill-" + figureId); }

  public String drillTitle() { return text("drill-title"); }

  public String drillCount() { return text("drill-count"); }

  public int drillRows() { return all("drill-row").size(); }

  public void sortBy(String column) { click("sort-" + column); }

  /** The first row's cells, as the table shows them. */
  public String firstRow() { return all("drill-row").get(0).getText(); }

  public void backToDashboard() { click("back-to-dashboard"); }
}
