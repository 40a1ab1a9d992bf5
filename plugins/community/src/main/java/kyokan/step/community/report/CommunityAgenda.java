package kyokan.step.community.report;

import java.util.ArrayList;
import java.util.List;
import kyokan.core.i18n.Messages;
import kyokan.core.step.AgendaContext;
import kyokan.core.step.AgendaNote;
import kyokan.step.community.common.StepPaths;
import kyokan.step.community.events.EventRow;
import kyokan.step.community.json.CommunitySummary;

/** What step 7 brings to the monthly meeting: upcoming events, comments still unanswered, and the NPS. */
public final class CommunityAgenda {
  private CommunityAgenda() {}

  public static List<AgendaNote> notes(AgendaContext ctx, Messages m) {
    CommunitySummary s = CommunitySummary.of(ctx.services(), ctx.client());
    long clientId = ctx.client().getId();
    List<AgendaNote> notes = new ArrayList<>();
    for (EventRow e : s.events()) {
      if (!e.getEventDate().isBefore(ctx.meetingMonth().atDay(1))) {
        notes.add(new AgendaNote(m.format("agenda.event", e.getTitle(), e.getEventDate().toString(), e.getInvitedCount(),
            e.getRepliedCount()), StepPaths.event(clientId, e.getId())));
      }
    }
    if (s.unanswered() > 0) notes.add(new AgendaNote(m.format("agenda.unanswered", s.unanswered()), StepPaths.base(clientId) + "voice"));
    if (s.allResponses().responses() > 0) {
      notes.add(new AgendaNote(m.format("agenda.nps", String.format("%+.1f", s.allResponses().score()),
          String.format("%+.1f", s.allResponses().interval().lower()), String.format("%+.1f", s.allResponses().interval().upper()),
          s.allResponses().responses()), StepPaths.base(clientId) + "voice"));
    }
    return notes;
  }
}
