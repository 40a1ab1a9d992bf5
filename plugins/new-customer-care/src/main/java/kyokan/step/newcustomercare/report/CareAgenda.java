package kyokan.step.newcustomercare.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kyokan.core.i18n.Messages;
import kyokan.core.step.AgendaContext;
import kyokan.core.step.AgendaNote;
import kyokan.step.newcustomercare.common.Care;
import kyokan.step.newcustomercare.common.StepPaths;
import kyokan.step.newcustomercare.due.DueList;
import kyokan.step.newcustomercare.results.CareResult;
import kyokan.step.newcustomercare.results.MonthF2;
import kyokan.step.newcustomercare.results.WindowResult;

/** Step 5 on the meeting's agenda: the contacts overdue, the F2 trend by first-purchase month and the holdout comparison. */
public final class CareAgenda {
  /** The trend names the latest few first-purchase months whose 90-day window has passed. */
  static final int TREND_MONTHS = 3;

  private CareAgenda() {}

  public static List<AgendaNote> notes(AgendaContext ctx, Messages m) {
    Care care = Care.of(ctx.services());
    long clientId = ctx.client().getId();
    if (care.sequences().current(clientId).isEmpty()) return List.of();
    LocalDate today = LocalDate.now(ctx.services().get(Clock.class));
    care.enrolments().enrolNew(clientId, today);
    String base = StepPaths.base(clientId);
    List<AgendaNote> notes = new ArrayList<>();
    DueList due = DueList.of(care.board().tasks(clientId), today);
    notes.add(new AgendaNote(m.format("agenda.due", due.overdue().size(), due.dueToday().size() + due.thisWeek().size()), base + "due"));
    CareResult r = care.results().of(clientId, today).orElseThrow();
    List<MonthF2> months = r.months().stream().filter(x -> x.firstTimers() > 0).toList();
    if (!months.isEmpty()) {
      List<String> parts = new ArrayList<>();
      for (MonthF2 x : months.subList(Math.max(0, months.size() - TREND_MONTHS), months.size())) {
        parts.add(m.format("agenda.trendMonth", x.month().getYear(), x.month().getMonthValue(),
            String.format(Locale.ROOT, "%.1f%%", x.rate() * 100)));
      }
      notes.add(new AgendaNote(m.format("agenda.trend", String.join(m.get("agenda.separator"), parts)), base + "results"));
    }
    WindowResult w = r.within90();
    w.f2().ifPresent(c -> notes.add(new AgendaNote(m.format("agenda.holdout", String.format(Locale.ROOT, "%.1f%%", c.contacted().rate() * 100),
        String.format(Locale.ROOT, "%.1f%%", c.heldOut().rate() * 100),
        kyokan.core.outreach.stats.Verdict.messages(m.locale()).get(c.verdict().messageKey())), base + "results")));
    return notes;
  }
}
