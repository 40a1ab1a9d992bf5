package kyokan.web.meeting;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kyokan.core.client.Client;
import kyokan.core.engagement.Engagement;
import kyokan.core.i18n.Messages;
import kyokan.core.meeting.Agenda;
import kyokan.core.meeting.AgendaBuilder;
import kyokan.core.meeting.Meeting;
import kyokan.core.meeting.MeetingService;
import kyokan.core.step.AgendaContext;
import kyokan.core.step.AgendaNote;
import kyokan.core.step.StepExtension;
import kyokan.core.worksheet.WorksheetStatus;
import kyokan.view.meeting.AnswerRow;
import kyokan.view.meeting.MeetingPage;
import kyokan.view.meeting.StepNotes;
import kyokan.web.Services;
import kyokan.web.http.Pages;
import kyokan.web.http.RequestState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Puts the meeting page together: the agenda from the client's data, then what the meeting recorded. */
final class MeetingPageBuilder {
  private static final Logger log = LoggerFactory.getLogger(MeetingPageBuilder.class);
  private final Services services;
  private final MeetingService meetings;
  private final AgendaBuilder agendas;

  MeetingPageBuilder(Services services) {
    this.services = services;
    this.meetings = services.core().get(MeetingService.class);
    this.agendas = services.core().get(AgendaBuilder.class);
  }

  MeetingPage build(Context ctx, Meeting m, Engagement e, String notes, String unsaved, Map<String, String> form,
      Map<String, String> errors, boolean conflict) {
    Messages t = Pages.messages(ctx);
    Client client = RequestState.client(ctx);
    int programMonth = e.programMonth(m.getMonth());
    Optional<StepExtension> step = services.steps().steps().stream().filter(s -> s.number() == programMonth).findFirst();
    Agenda agenda = agendas.build(m, e, step.map(StepExtension::id).orElse(null));
    AgendaFormat format = new AgendaFormat(t, client.getCurrency());
    String clientBase = "/clients/" + client.getId();
    String stepLine = step.map(s -> t.format("step.number", s.number()) + " " + s.title(RequestState.locale(ctx))).orElse("");
    List<AnswerRow> answers = step.flatMap(s -> agenda.worksheet().map(ws -> AnswerText.rows(s.worksheet(), ws,
        s.messages(RequestState.locale(ctx)), t, client.getCurrency()))).orElse(List.of());
    WorksheetStatus status = agenda.worksheet().map(ws -> ws.status()).orElse(WorksheetStatus.NOT_STARTED);
    String subtitle = t.format("meeting.subtitle", e.getCycle(), programMonth, stepLine);
    return new MeetingPage(m, MeetingController.path(m), MeetingViews.monthTitle(ctx, m), subtitle, format.basis(agenda),
        agenda.figures().map(f -> Pages.monthLabel(ctx, f.month())).orElse(""),
        agenda.previous().map(f -> Pages.monthLabel(ctx, f.month())).orElse(""), format.figures(agenda),
        format.sentence(agenda), format.moves(agenda), stepLine,
        step.map(s -> clientBase + "/steps/" + s.id()).orElse(""), status.messageKey(), answers, stepNotes(ctx, m, e),
        MeetingViews.items(ctx, agenda.carriedOver(), meetings.today()),
        MeetingViews.items(ctx, meetings.raisedIn(client.getId(), m.getId()), meetings.today()),
        meetings.decisions(client.getId(), m.getId()), notes, unsaved, conflict, form, errors,
        clientBase + "/engagements/" + e.getId() + "/report.pdf?month=" + m.getMonth(),
        clientBase + "/engagements/" + e.getId());
  }

  /** Each unlocked step's agenda notes, in step order; a step that fails is left out and logged, not the meeting. */
  private List<StepNotes> stepNotes(Context ctx, Meeting m, Engagement e) {
    Locale locale = RequestState.locale(ctx);
    AgendaContext context = new AgendaContext(RequestState.client(ctx), e, m.getMonth(), locale, services.core());
    List<StepNotes> all = new ArrayList<>();
    for (StepExtension step : services.steps().steps()) {
      if (!services.engagements().isUnlocked(e.getId(), step.id())) continue;
      try {
        List<AgendaNote> notes = step.agendaNotes(context);
        if (!notes.isEmpty()) all.add(new StepNotes(step.number() + ". " + step.title(locale), notes));
      } catch (RuntimeException ex) {
        log.warn("agenda notes of step {} failed", step.id(), ex);
      }
    }
    return all;
  }
}
