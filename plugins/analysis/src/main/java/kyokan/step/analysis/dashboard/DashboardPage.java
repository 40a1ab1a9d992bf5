package kyokan.step.analysis.dashboard;

import java.util.List;
import kyokan.core.analytics.AnalysisBasis;
import kyokan.core.analytics.CpmAxis;
import kyokan.core.analytics.CpmCell;
import kyokan.core.analytics.CpmThresholds;
import kyokan.core.analytics.MonthChoice;
import kyokan.core.analytics.MonthReport;
import kyokan.core.analytics.ProductPreference;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.step.StepView;

/**
 * The analysis dashboard of one month; {@code choice} is null when there is no sales data yet.
 *
 * @param charts inline SVG charts, in page order
 */
public record DashboardPage(StepView view, FigureFormat format, MonthChoice choice, MonthReport report,
    List<FigureRow> figures, List<Chart> charts) {

  /** A chart with its caption and what it is drawn from. */
  public record Chart(String id, String title, String note, String svg) {}

  /** A definition with the thresholds in force filled in ({0} lapse, {1} and {2} tenure, {3} the "big" limit). */
  public String definition(String key) {
    return view.t(key, thresholdArgs(view, format, report.basis().thresholds()));
  }

  public static Object[] thresholdArgs(StepView v, FigureFormat f, CpmThresholds t) {
    String big = t.axis() == CpmAxis.AMOUNT ? f.money(t.amountLimit()) : v.t("dash.countLimit", t.countLimit());
    return new Object[] {t.lapseDays(), t.tenureShortDays(), t.tenureLongDays(), big};
  }

  public String base() {
    return "/clients/" + view.client().getId() + "/steps/analysis/";
  }

  public AnalysisBasis basis() {
    return report.basis();
  }

  public String month() {
    return choice.month().toString();
  }

  public String drillLink(String name) {
    return base() + "customers/" + name + "?month=" + month();
  }

  public String cellLink(CpmCell cell) {
    return drillLink(Drilldown.nameOf(cell));
  }

  public String tableExport(String table, String encoding) {
    return base() + "tables/" + table + "/export?month=" + month() + "&encoding=" + encoding;
  }

  public List<CpmCell> cells() {
    return List.of(CpmCell.values());
  }

  public String cellShare(CpmCell cell) {
    return format.percent(new kyokan.core.analytics.Ratio(report.cpm().count(cell), report.cpm().total()));
  }

  /** Q8's table: the products the active 優良 customers bought in the window, top ten. */
  public List<ProductPreference> products() {
    return report.loyalProducts().products().stream().limit(10).toList();
  }

  public String lift(ProductPreference p) {
    return Double.isNaN(p.lift()) ? FigureFormat.NONE : String.format(java.util.Locale.ROOT, "%.2f", p.lift());
  }
}
