package kyokan.step.analysis.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kyokan.core.analytics.CohortTable;
import kyokan.core.analytics.CustomerTable;
import kyokan.core.analytics.F2Cohort;
import kyokan.core.analytics.MonthReport;
import kyokan.core.analytics.ProductPreference;
import kyokan.core.analytics.Ratio;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.step.StepView;

/** The analysis pages' tables as rows of text for CSV export; headings in the page's language. */
final class AnalysisTables {
  /** A table to export: its file name stem, heading row and rows. */
  record Table(String name, List<String> header, List<List<String>> rows) {}

  private final StepView v;
  private final FigureFormat f;

  AnalysisTables(StepView view, FigureFormat format) {
    this.v = view;
    this.f = format;
  }

  /** The dashboard's named tables: figures, products, cohorts, f2. */
  Optional<Table> named(String name, List<FigureRow> figures, MonthReport r) {
    return switch (name) {
      case "figures" -> Optional.of(figures(figures));
      case "products" -> Optional.of(products(r));
      case "cohorts" -> Optional.of(cohorts(r.cohorts()));
      case "f2" -> Optional.of(f2(r.f2().cohorts()));
      default -> Optional.empty();
    };
  }

  Table customers(String name, CustomerTable table, int minorDigits) {
    List<String> header = List.of(v.t("col.code"), v.t("col.name"), v.t("col.first"), v.t("col.last"),
        v.t("col.purchases"), v.t("col.amount"), v.t("col.windowAmount"), v.t("col.recency"), v.t("col.cell"));
    List<List<String>> rows = new ArrayList<>(table.size());
    for (int i = 0; i < table.size(); i++) {
      CustomerTable.Row r = table.row(i);
      rows.add(List.of(text(r.customer().code()), text(r.customer().name()), String.valueOf(r.firstPurchase()),
          String.valueOf(r.lastPurchase()), String.valueOf(r.purchases()), f.plainAmount(r.amount()),
          f.plainAmount(r.windowAmount()), String.valueOf(r.recencyDays()), v.t("cell." + r.cell().name())));
    }
    return new Table(name, header, rows);
  }

  private Table figures(List<FigureRow> figures) {
    List<List<String>> rows = figures.stream().map(r -> List.of(v.t("fig." + r.id()), r.current(), r.detail(),
        r.previous(), r.yearBefore())).toList();
    return new Table("figures", List.of(v.t("dash.figure"), v.t("dash.thisMonth"), v.t("dash.detail"),
        v.t("dash.previous"), v.t("dash.yearBefore")), rows);
  }

  private Table products(MonthReport r) {
    List<List<String>> rows = new ArrayList<>();
    for (ProductPreference p : r.loyalProducts().products()) {
      rows.add(List.of(text(p.product().code()), text(p.product().name()), f.money(p.loyalRevenue()),
          f.percent(p.loyalShare()), f.percent(p.identifiedShare()),
          Double.isNaN(p.lift()) ? "" : String.format(java.util.Locale.ROOT, "%.2f", p.lift())));
    }
    return new Table("products", List.of(v.t("col.productCode"), v.t("col.product"), v.t("col.loyalRevenue"),
        v.t("col.loyalShare"), v.t("col.allShare"), v.t("col.lift")), rows);
  }

  private Table cohorts(CohortTable t) {
    int columns = t.rows() == 0 ? 0 : t.columns(0);
    List<String> header = new ArrayList<>(List.of(v.t("col.cohort"), v.t("col.cohortSize")));
    for (int k = 0; k < columns; k++) header.add(v.t("col.monthsSince", k));
    List<List<String>> rows = new ArrayList<>();
    for (int row = 0; row < t.rows(); row++) {
      List<String> cells = new ArrayList<>(List.of(t.month(row).toString(), String.valueOf(t.cohortSize(row))));
      for (int k = 0; k < columns; k++) cells.add(k < t.columns(row) ? share(t.share(row, k)) : "");
      rows.add(cells);
    }
    return new Table("cohorts", header, rows);
  }

  private Table f2(List<F2Cohort> cohorts) {
    List<List<String>> rows = cohorts.stream().map(c -> List.of(c.month().toString(), String.valueOf(c.firstTimers()),
        c.within90().map(this::share).orElse(""), c.within180().map(this::share).orElse(""),
        c.within365().map(this::share).orElse(""))).toList();
    return new Table("f2", List.of(v.t("col.cohort"), v.t("col.firstTimers"), v.t("col.f2.90"), v.t("col.f2.180"),
        v.t("col.f2.365")), rows);
  }

  private String share(Ratio r) {
    return r.isDefined() ? f.percent(r) : "";
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }
}
