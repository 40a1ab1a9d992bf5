package kyokan.web.cockpit;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kyokan.core.analytics.Ratio;
import kyokan.core.chart.Sparkline;
import kyokan.core.chart.SvgChart;
import kyokan.core.cockpit.AlertRow;
import kyokan.core.cockpit.CockpitRow;
import kyokan.core.cockpit.SummaryRow;
import kyokan.core.i18n.Messages;
import kyokan.core.i18n.MoneyFormat;
import kyokan.core.step.StepExtension;
import kyokan.view.Format;
import kyokan.view.cockpit.CockpitLine;
import kyokan.view.cockpit.CockpitLine.AlertLink;
import kyokan.view.cockpit.CockpitLine.Figure;
import kyokan.web.plugin.StepRegistry;

/** Writes a {@link CockpitRow} as the page shows it: labels, figures with their change, the sparkline, links. */
final class CockpitLines {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private final Messages m;
  private final Locale locale;
  private final StepRegistry steps;

  CockpitLines(Messages m, Locale locale, StepRegistry steps) {
    this.m = m;
    this.locale = locale;
    this.steps = steps;
  }

  CockpitLine line(CockpitRow row) {
    SummaryRow s = row.summary();
    Optional<StepExtension> step = Optional.ofNullable(row.currentStepId()).flatMap(steps::find);
    String month = s.getMonth() == null ? "" : Format.month(s.getMonth(), locale);
    return new CockpitLine(row.clientId(), s.getClientName(), s.getBusinessType(), row.programMonth(), program(row),
        step.map(st -> st.number() + ". " + st.title(locale)).orElse(""),
        row.worksheetStatus() == null ? "" : m.get(row.worksheetStatus().messageKey()),
        row.worksheetStatus() == null ? "" : row.worksheetStatus().name().toLowerCase(Locale.ROOT),
        s.getLastSale() == null ? m.get("cockpit.noData") : DAY.format(s.getLastSale()), row.dataLate(), month,
        s.getMonth() == null ? List.of() : figures(s), sparkline(s, month), movement(s), row.openItems(),
        row.overdueItems(), row.nextMeeting() == null ? "" : DAY.format(row.nextMeeting()), alerts(row), row.stale());
  }

  private String program(CockpitRow row) {
    if (row.engagement() == null) return m.get("dashboard.noEngagement");
    if (row.programMonth() == 0) return m.format("dashboard.programNotStarted", row.engagement().getCycle(),
        Format.month(row.engagement().getStart(), locale));
    if (row.programMonth() > 7) return m.format("dashboard.programEnded", row.engagement().getCycle());
    return m.format("cockpit.programMonth", row.programMonth());
  }

  private List<Figure> figures(SummaryRow s) {
    String currency = s.getCurrency();
    boolean prev = s.hasPrevious();
    return List.of(
        new Figure("revenue", MoneyFormat.format(s.getRevenue(), currency), prev ? change(s.getRevenue(), s.getPrevRevenue()) : "", prev ? trend(s.getRevenue() - s.getPrevRevenue()) : "flat"),
        new Figure("customers", MoneyFormat.grouped(s.getCustomers()), prev ? change(s.getCustomers(), s.getPrevCustomers()) : "", prev ? trend(s.getCustomers() - s.getPrevCustomers()) : "flat"),
        new Figure("repeat", percent(s.getRepeatShare()), prev ? points(s.getRepeatShare(), s.getPrevRepeatShare()) : "", prev ? trend(Math.signum(s.getRepeatShare().valueOrNaN() - s.getPrevRepeatShare().valueOrNaN())) : "flat"),
        new Figure("loyal", MoneyFormat.grouped(s.getLoyal()), prev ? signed(s.getLoyal() - s.getPrevLoyal()) : "", prev ? trend(s.getLoyal() - s.getPrevLoyal()) : "flat"));
  }

  /** Relative change in percent, "+12%", or the absolute one when the month before was zero. */
  private static String change(long now, long before) {
    if (before <= 0) return signed(now - before);
    long pct = Math.round((now - before) * 100.0 / before);
    return (pct > 0 ? "+" : pct < 0 ? "−" : "±") + Math.abs(pct) + "%";
  }

  private static String signed(long delta) {
    return (delta > 0 ? "+" : delta < 0 ? "−" : "±") + MoneyFormat.grouped(Math.abs(delta));
  }

  private String points(Ratio now, Ratio before) {
    if (!now.isDefined() || !before.isDefined()) return "";
    double pts = (now.valueOrNaN() - before.valueOrNaN()) * 100;
    return m.format("cockpit.points", String.format(Locale.ROOT, "%s%.1f", pts > 0.05 ? "+" : pts < -0.05 ? "−" : "±", Math.abs(pts)));
  }

  private static String percent(Ratio r) {
    return r.isDefined() ? MoneyFormat.percent(r.valueOrNaN()) : "–";
  }

  private static String trend(double delta) {
    return delta > 0 ? "up" : delta < 0 ? "down" : "flat";
  }

  private String sparkline(SummaryRow s, String month) {
    List<Long> values = s.sparklineValues();
    if (values.size() < 2) return "";
    String summary = m.format("cockpit.sparkline.summary", month, values.stream().map(v -> MoneyFormat.format(v, s.getCurrency())).toList().toString());
    return SvgChart.render(Sparkline.of(m.get("cockpit.sparkline.title"), summary, values).layout());
  }

  private String movement(SummaryRow s) {
    if (!s.hasMovement()) return "";
    return m.format("cockpit.movement", s.getPromotions(), s.getLapses(), s.getReturns());
  }

  private List<AlertLink> alerts(CockpitRow row) {
    String base = "/clients/" + row.clientId();
    List<AlertLink> links = new ArrayList<>();
    if (row.dataLate()) links.add(new AlertLink("data-late", m.get("cockpit.alert.dataLate"), base));
    if (row.overdueItems() > 0) {
      links.add(new AlertLink("overdue", m.format("cockpit.alert.overdue", row.overdueItems()), base + "/action-items"));
    }
    // The reader already dropped the alerts of steps locked since the summary.
    Set<String> shown = row.alerts().stream().map(AlertRow::getStepId).collect(Collectors.toSet());
    links.addAll(StepAlertLinks.of(row.alerts(), shown, steps, locale));
    return links;
  }
}
