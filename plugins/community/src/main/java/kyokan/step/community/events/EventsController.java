package kyokan.step.community.events;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import kyokan.core.ValidationException;
import kyokan.core.analytics.CpmCell;
import kyokan.core.db.Database;
import kyokan.core.outreach.Channel;
import kyokan.core.outreach.ContactLog;
import kyokan.core.outreach.TargetListService;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;
import kyokan.step.community.common.CellsNow;
import kyokan.step.community.common.Forms;
import kyokan.step.community.common.StepPaths;

/** Events: the list and a new one; an event's invitations, guests, replies, attendance and what followed. */
public final class EventsController {
  private final StepTemplates templates;

  public EventsController(StepTemplates templates) {
    this.templates = templates;
  }

  public void register(StepRoutes routes) {
    routes.get("events", this::showEvents);
    routes.post("events", this::createEvent);
    routes.get("events/{eventId}", this::showEvent);
    routes.post("events/{eventId}/invite", this::invite);
    routes.post("events/{eventId}/attendance", this::recordAttendance);
    routes.post("events/{eventId}/walk-in", this::addWalkIn);
    new InvitationPrint().register(routes);
  }

  StepResponse showEvents(StepRequest req) {
    return renderList(req, Map.of(), Map.of());
  }

  StepResponse createEvent(StepRequest req) {
    Map<String, String> problems = new LinkedHashMap<>();
    String title = Forms.required("title", req.form("title"), NewEvent.TITLE_LIMIT, problems);
    EventRow.Kind kind = parseKind(Forms.text(req.form("kind")));
    LocalDate date = Forms.date("date", req.form("date"), problems);
    String place = Forms.optional("place", req.form("place"), NewEvent.PLACE_LIMIT, problems);
    Integer capacity = Forms.number("capacity", req.form("capacity"), 1, 100_000, problems);
    Integer cost = Forms.number("cost", req.form("cost"), 0, 1_000_000_000, problems);
    try {
      if (!problems.isEmpty()) throw new ValidationException(problems);
      long id = events(req).create(req.view().client().getId(), new NewEvent(title, kind, date, place, capacity, cost),
          req.view().user().getId());
      return StepResponse.redirect(StepPaths.event(req.view().client().getId(), id));
    } catch (ValidationException e) {
      Map<String, String> values = new HashMap<>();
      for (String f : new String[] {"title", "date", "place", "capacity", "cost"}) values.put(f, Forms.text(req.form(f)));
      return renderList(req, e.problems(), values);
    }
  }

  StepResponse showEvent(StepRequest req) {
    return renderEvent(req, Map.of(), req.query("invited").map(String::strip).orElse(null));
  }

  StepResponse invite(StepRequest req) {
    long clientId = req.view().client().getId();
    long eventId = req.pathId("eventId");
    Map<String, String> problems = new LinkedHashMap<>();
    Set<CpmCell> cells = EnumSet.noneOf(CpmCell.class);
    for (String c : req.formValues("cells")) {
      for (CpmCell cell : CpmCell.values()) if (cell.name().equals(c)) cells.add(cell);
    }
    LocalDate asOf = Forms.date("asOf", req.form("asOf"), problems);
    LocalDate sentOn = Forms.date("sentOn", req.form("sentOn"), problems);
    Channel channel = Channel.parse(Forms.text(req.form("channel"))).orElse(Channel.LETTER);
    try {
      if (cells.isEmpty()) problems.put("cells", "error.cells");
      if (!problems.isEmpty()) throw new ValidationException(problems);
      int count = events(req).invite(clientId, eventId, new Invitation(asOf, cells, Forms.text(req.form("tag")),
          req.form("membersOnly").isPresent(), channel, sentOn, Forms.text(req.form("text"))), req.view().user().getId());
      return StepResponse.redirect(StepPaths.event(clientId, eventId) + "?invited=" + count);
    } catch (ValidationException e) {
      return renderEvent(req, e.problems(), null);
    }
  }

  StepResponse recordAttendance(StepRequest req) {
    long clientId = req.view().client().getId();
    long eventId = req.pathId("eventId");
    EventService service = events(req);
    Map<Long, Guest.Reply> replies = new HashMap<>();
    Set<Long> attended = new HashSet<>();
    for (Guest g : service.guests(eventId)) {
      String reply = Forms.text(req.form("reply." + g.getCustomerId()));
      for (Guest.Reply r : Guest.Reply.values()) if (r.name().equals(reply)) replies.put(g.getCustomerId(), r);
    }
    for (String id : req.formValues("attended")) {
      if (id.matches("\\d{1,18}")) attended.add(Long.parseLong(id));
    }
    service.record(clientId, eventId, replies, attended, req.view().user().getId());
    return StepResponse.redirect(StepPaths.event(clientId, eventId) + "#guests");
  }

  StepResponse addWalkIn(StepRequest req) {
    long clientId = req.view().client().getId();
    long eventId = req.pathId("eventId");
    try {
      events(req).addWalkIn(clientId, eventId, Forms.text(req.form("customerCode")), req.view().user().getId());
    } catch (ValidationException e) {
      return renderEvent(req, e.problems(), null);
    }
    return StepResponse.redirect(StepPaths.event(clientId, eventId) + "#guests");
  }

  private StepResponse renderList(StepRequest req, Map<String, String> errors, Map<String, String> values) {
    EventListPage page = new EventListPage(req.view(), events(req).events(req.view().client().getId()), req.csrfToken(),
        errors, values);
    return StepResponse.page(req.view().t("events.title"), templates.render("events/list.jte", page));
  }

  private StepResponse renderEvent(StepRequest req, Map<String, String> errors, String invited) {
    long clientId = req.view().client().getId();
    EventService service = events(req);
    EventRow event = service.event(clientId, req.pathId("eventId"));
    var guests = service.guests(event.getId());
    var ledger = req.services().get(kyokan.core.analytics.AnalyticsService.class).ledger(clientId);
    LocalDate asOf = CellsNow.latest(req.services(), clientId).map(CellsNow::asOf).orElse(null);
    EventPage page = new EventPage(req.view(), event, guests, EventOutcome.of(ledger, event.getEventDate(), guests, 30),
        EventOutcome.of(ledger, event.getEventDate(), guests, 90), asOf,
        LocalDate.now(req.services().get(Clock.class)), req.csrfToken(), errors, invited,
        req.query("printError").isPresent());
    return StepResponse.page(event.getTitle(), templates.render("events/event.jte", page));
  }

  private static EventRow.Kind parseKind(String s) {
    for (EventRow.Kind k : EventRow.Kind.values()) if (k.name().equals(s)) return k;
    return EventRow.Kind.TASTING;
  }

  static EventService events(StepRequest req) {
    return new EventService(req.services().get(Database.class), req.services().get(Clock.class),
        req.services().get(TargetListService.class), req.services().get(ContactLog.class));
  }
}
