package kyokan.web.meeting;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
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
import kyokan.core.meeting.ItemOwner;
import kyokan.core.meeting.Meeting;
import kyokan.core.meeting.MeetingConflictException;
import kyokan.core.meeting.MeetingService;
import kyokan.core.meeting.NewActionItem;
import kyokan.web.Services;
import kyokan.web.client.ClientController;
import kyokan.web.http.Cookies;
import kyokan.web.http.Pages;
import kyokan.web.http.RequestState;

/** The monthly meeting: opening one, its page, notes, decisions and action items, and ticking items off. */
public final class MeetingController {
  private static final List<String> ITEM_FIELDS = List.of("itemBody", "itemOwner", "itemDue", "decision");
  private final Services services;
  private final Pages pages;
  private final MeetingService meetings;
  private final MeetingPageBuilder pageBuilder;

  public MeetingController(Services services, Pages pages) {
    this.services = services;
    this.pages = pages;
    this.meetings = services.core().get(MeetingService.class);
    this.pageBuilder = new MeetingPageBuilder(services);
  }

  public void openMeeting(Context ctx) {
    Engagement e = engagement(ctx);
    YearMonth month = month(ctx.formParam("month")).orElse(YearMonth.now(services.clock()));
    try {
      Meeting m = meetings.open(e, month, RequestState.user(ctx));
      Cookies.flash(ctx, "meeting.opened");
      ctx.redirect(path(m));
    } catch (ValidationException ex) {
      Cookies.flash(ctx, "error.meeting.month");
      ctx.redirect("/clients/" + e.getClientId() + "/engagements/" + e.getId() + "#meetings");
    }
  }

  public void showMeeting(Context ctx) {
    Meeting m = meeting(ctx);
    render(ctx, m, m.getNotes(), "", Map.of(), Map.of(), false);
  }

  public void saveNotes(Context ctx) {
    Meeting m = meeting(ctx);
    String notes = Optional.ofNullable(ctx.formParam("notes")).orElse("");
    try {
      meetings.saveNotes(m.getClientId(), m.getEngagementId(), m.getId(), version(ctx), notes, RequestState.user(ctx));
      Cookies.flash(ctx, "meeting.notesSaved");
      ctx.redirect(path(m) + "#notes");
    } catch (ValidationException e) {
      ctx.status(HttpStatus.BAD_REQUEST);
      render(ctx, m, notes, "", Map.of(), e.problems(), false);
    } catch (MeetingConflictException e) {
      // Show what is saved now, and beside it what this person typed, so nothing is lost either way.
      Meeting latest = meeting(ctx);
      ctx.status(HttpStatus.CONFLICT);
      render(ctx, latest, latest.getNotes(), notes.strip().equals(latest.getNotes()) ? "" : notes, Map.of(), Map.of(), true);
    }
  }

  public void addDecision(Context ctx) {
    Meeting m = meeting(ctx);
    try {
      meetings.addDecision(m.getClientId(), m.getEngagementId(), m.getId(), ctx.formParam("decision"), RequestState.user(ctx));
      Cookies.flash(ctx, "meeting.decisionAdded");
      ctx.redirect(path(m) + "#decisions");
    } catch (ValidationException e) {
      refused(ctx, m, e);
    }
  }

  public void deleteDecision(Context ctx) {
    Meeting m = meeting(ctx);
    meetings.deleteDecision(m.getClientId(), m.getEngagementId(), m.getId(), id(ctx, "decisionId"), RequestState.user(ctx));
    Cookies.flash(ctx, "meeting.decisionDeleted");
    ctx.redirect(path(m) + "#decisions");
  }

  public void addActionItem(Context ctx) {
    Meeting m = meeting(ctx);
    NewActionItem item = new NewActionItem(ctx.formParam("itemBody"), owner(ctx.formParam("itemOwner")), date(ctx.formParam("itemDue")));
    try {
      meetings.addActionItem(m.getClientId(), m.getEngagementId(), m.getId(), item, RequestState.user(ctx));
      Cookies.flash(ctx, "meeting.itemAdded");
      ctx.redirect(path(m) + "#items");
    } catch (ValidationException e) {
      refused(ctx, m, e);
    }
  }

  public void deleteActionItem(Context ctx) {
    Meeting m = meeting(ctx);
    meetings.deleteActionItem(m.getClientId(), m.getEngagementId(), m.getId(), id(ctx, "itemId"), RequestState.user(ctx));
    Cookies.flash(ctx, "meeting.itemDeleted");
    ctx.redirect(path(m) + "#items");
  }

  /** Ticks an item off (done=1, the default) or opens it again (done=0); back to the page it was ticked on. */
  public void setItemDone(Context ctx) {
    Client client = RequestState.client(ctx);
    boolean done = !"0".equals(ctx.formParam("done"));
    meetings.setDone(client.getId(), id(ctx, "itemId"), done, RequestState.user(ctx));
    Cookies.flash(ctx, done ? "meeting.itemDone" : "meeting.itemReopened");
    ctx.redirect(back(ctx, client));
  }

  /** The client's own items for a client user; every open item of the client for the consultant. */
  public void showItems(Context ctx) {
    Client client = RequestState.client(ctx);
    boolean consultant = MeetingViews.isConsultant(ctx);
    var items = consultant ? meetings.openItems(client.getId()) : meetings.clientItems(client.getId());
    pages.render(ctx, "meeting/items.jte", Map.of("items", MeetingViews.items(ctx, items, meetings.today()),
        "back", ctx.path()));
  }

  private void refused(Context ctx, Meeting m, ValidationException e) {
    ctx.status(HttpStatus.BAD_REQUEST);
    render(ctx, m, m.getNotes(), "", ClientController.formOf(ctx, ITEM_FIELDS), e.problems(), false);
  }

  private void render(Context ctx, Meeting m, String notes, String unsaved, Map<String, String> form,
      Map<String, String> errors, boolean conflict) {
    Map<String, Object> params = new HashMap<>();
    params.put("page", pageBuilder.build(ctx, m, engagement(ctx), notes, unsaved, form, errors, conflict));
    pages.render(ctx, "meeting/show.jte", params);
  }

  private Meeting meeting(Context ctx) {
    return meetings.get(RequestState.client(ctx).getId(), id(ctx, "engagementId"), id(ctx, "meetingId"));
  }

  private Engagement engagement(Context ctx) {
    return services.engagements().get(id(ctx, "engagementId"));
  }

  static String path(Meeting m) {
    return "/clients/" + m.getClientId() + "/engagements/" + m.getEngagementId() + "/meetings/" + m.getId();
  }

  /** Only a page of the same client is a place to go back to; anything else goes to the client's home. */
  private static String back(Context ctx, Client client) {
    String home = "/clients/" + client.getId();
    String back = ctx.formParam("back");
    if (back == null || !(back.equals(home) || back.startsWith(home + "/")) || back.contains("//") || back.contains("\\")) {
      return home;
    }
    return back;
  }

  private static long id(Context ctx, String name) {
    try {
      return Long.parseLong(ctx.pathParam(name));
    } catch (NumberFormatException e) {
      throw new NotFoundException(name);
    }
  }

  private static int version(Context ctx) {
    try {
      return Integer.parseInt(Optional.ofNullable(ctx.formParam("version")).orElse("0").strip());
    } catch (NumberFormatException e) {
      throw new ValidationException("notes", "error.required");
    }
  }

  private static Optional<YearMonth> month(String typed) {
    try {
      return typed == null || typed.isBlank() ? Optional.empty() : Optional.of(YearMonth.parse(typed.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static LocalDate date(String typed) {
    try {
      return typed == null || typed.isBlank() ? null : LocalDate.parse(typed.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static ItemOwner owner(String typed) {
    try {
      return typed == null ? null : ItemOwner.valueOf(typed.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
