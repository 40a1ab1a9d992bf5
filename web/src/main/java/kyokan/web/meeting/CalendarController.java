package kyokan.web.meeting;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kyokan.core.NotFoundException;
import kyokan.core.ValidationException;
import kyokan.core.client.Client;
import kyokan.core.engagement.Engagement;
import kyokan.core.meeting.MeetingCalendar;
import kyokan.web.Services;
import kyokan.web.client.ClientController;
import kyokan.web.http.Cookies;
import kyokan.web.http.Pages;
import kyokan.web.http.RequestState;
import kyokan.web.report.ProgressReports;

/** "Meetings this month" across the consultant's clients, and planning a meeting (day, time, place or link). */
public final class CalendarController {
  private final Services services;
  private final Pages pages;

  public CalendarController(Services services, Pages pages) {
    this.services = services;
    this.pages = pages;
  }

  public void showMonth(Context ctx) {
    MeetingCalendar calendar = calendar();
    YearMonth month = ProgressReports.month(ctx.queryParam("month")).orElse(YearMonth.from(calendar.today()));
    Map<String, Object> params = new HashMap<>();
    params.put("month", month);
    params.put("monthLabel", Pages.monthLabel(ctx, month));
    params.put("meetings", calendar.month(RequestState.user(ctx), month));
    params.put("today", calendar.today());
    params.put("clients", services.clients().clientsOf(RequestState.user(ctx)));
    pages.render(ctx, "meeting/calendar.jte", params);
  }

  /** The calendar's "plan for this client" form: on to that client's planning page (its access rule applies there). */
  public void choosePlanClient(Context ctx) {
    String id = Optional.ofNullable(ctx.queryParam("clientId")).orElse("");
    if (!id.matches("\\d{1,18}")) throw new NotFoundException("client");
    ctx.redirect("/clients/" + id + "/meetings/new");
  }

  public void showPlanForm(Context ctx) {
    showPlanForm(ctx, Map.of("date", "", "time", "", "place", ""), Map.of());
  }

  private void showPlanForm(Context ctx, Map<String, String> form, Map<String, String> errors) {
    Client client = RequestState.client(ctx);
    Map<String, Object> params = new HashMap<>();
    params.put("engagement", services.engagements().current(client.getId()).orElse(null));
    params.put("form", form);
    params.put("errors", errors);
    pages.render(ctx, "meeting/plan.jte", params);
  }

  public void planMeeting(Context ctx) {
    Client client = RequestState.client(ctx);
    Map<String, String> form = ClientController.formOf(ctx, List.of("date", "time", "place"));
    Optional<Engagement> engagement = services.engagements().current(client.getId());
    try {
      if (engagement.isEmpty()) throw new ValidationException("date", "error.meeting.noEngagement");
      LocalDate date = parse(form.get("date"), LocalDate::parse, "date", "error.meeting.date");
      LocalTime time = form.get("time").isBlank() ? null : parse(form.get("time"), LocalTime::parse, "time", "error.meeting.time");
      calendar().plan(engagement.get(), date, time, form.get("place"), RequestState.user(ctx));
      Cookies.flash(ctx, "calendar.planned");
      ctx.redirect("/meetings?month=" + YearMonth.from(date));
    } catch (ValidationException e) {
      ctx.status(HttpStatus.BAD_REQUEST);
      showPlanForm(ctx, form, e.problems());
    }
  }

  private static <T> T parse(String text, java.util.function.Function<String, T> parser, String field, String key) {
    try {
      return parser.apply(text.strip());
    } catch (DateTimeParseException e) {
      throw new ValidationException(field, key);
    }
  }

  private MeetingCalendar calendar() {
    return services.core().get(MeetingCalendar.class);
  }
}
