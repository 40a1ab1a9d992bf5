package kyokan.step.viptreatment.atrisk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.time.YearMonth;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.step.AgendaContext;
import kyokan.core.step.AgendaNote;
import kyokan.core.step.AlertContext;
import kyokan.core.step.StepAlert;
import kyokan.core.i18n.Messages;
import kyokan.step.viptreatment.common.StepPaths;

/** What step 6 raises on the cockpit and the shop's home page, and brings to the meeting: VIPs at risk and untreated. */
public final class VipAlerts {
  static final int NAMES = 5;

  private VipAlerts() {}

  public static List<StepAlert> of(AlertContext ctx) {
    long clientId = ctx.client().getId();
    Optional<YearMonth> month = ctx.services().get(AnalyticsService.class).latestCompleteMonth(clientId);
    if (month.isEmpty()) return List.of();
    VipWatch watch = VipWatch.of(ctx.services(), clientId, month.get().atEndOfMonth());
    List<StepAlert> alerts = new ArrayList<>();
    int atRisk = watch.atRisk().size();
    int untreated = watch.untreated(ctx.today(), watch.roster().rule().untreatedDays()).size();
    if (atRisk > 0) alerts.add(new StepAlert("vip-at-risk", "alert.atRisk", ctx.stepLink(StepPaths.STEP_ID, "at-risk"), atRisk));
    if (untreated > 0) {
      alerts.add(new StepAlert("vip-untreated", "alert.untreated", ctx.stepLink(StepPaths.STEP_ID, "treatments"), untreated));
    }
    return alerts;
  }

  public static List<AgendaNote> notes(AgendaContext ctx, Messages m) {
    long clientId = ctx.client().getId();
    Optional<YearMonth> month = ctx.services().get(AnalyticsService.class).latestCompleteMonth(clientId);
    if (month.isEmpty()) return List.of();
    VipWatch watch = VipWatch.of(ctx.services(), clientId, month.get().atEndOfMonth());
    String base = StepPaths.base(clientId);
    List<AgendaNote> notes = new ArrayList<>();
    List<VipStatus> atRisk = watch.atRisk();
    if (!atRisk.isEmpty()) {
      notes.add(new AgendaNote(m.format("agenda.atRisk", atRisk.size(), names(atRisk)), base + "at-risk"));
    }
    int days = watch.roster().rule().untreatedDays();
    List<VipStatus> untreated = watch.untreated(ctx.meetingMonth().atEndOfMonth(), days);
    if (!untreated.isEmpty()) {
      notes.add(new AgendaNote(m.format("agenda.untreated", untreated.size(), watch.vips().size(), days), base + "treatments"));
    }
    return notes;
  }

  static String names(List<VipStatus> list) {
    String shown = String.join("、", list.stream().limit(NAMES).map(s -> s.member().label()).toList());
    return list.size() > NAMES ? shown + "…" : shown;
  }
}
