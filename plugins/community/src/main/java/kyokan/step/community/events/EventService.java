package kyokan.step.community.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kyokan.core.NotFoundException;
import kyokan.core.ValidationException;
import kyokan.core.db.Database;
import kyokan.core.outreach.Arm;
import kyokan.core.outreach.Channel;
import kyokan.core.outreach.ContactLog;
import kyokan.core.outreach.ContactSource;
import kyokan.core.outreach.TargetListService;
import kyokan.core.outreach.TargetMember;
import kyokan.core.outreach.TargetRule;
import kyokan.core.sales.Customer;
import kyokan.core.sales.CustomerMapper;
import kyokan.step.community.club.ClubService;
import kyokan.step.community.club.Member;

/** Events: planned, their guests invited from a target list, replies and attendance recorded (each on the contact log). */
public final class EventService {
  private final Database db;
  private final Clock clock;
  private final TargetListService lists;
  private final ContactLog contacts;

  public EventService(Database db, Clock clock, TargetListService lists, ContactLog contacts) {
    this.db = db;
    this.clock = clock;
    this.lists = lists;
    this.contacts = contacts;
    db.addMapper(EventMapper.class);
  }

  public long create(long clientId, NewEvent e, long userId) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (e.title().isBlank()) problems.put("title", "error.required");
    if (e.title().length() > NewEvent.TITLE_LIMIT) problems.put("title", "error.tooLong");
    if (e.place().length() > NewEvent.PLACE_LIMIT) problems.put("place", "error.tooLong");
    if (!problems.isEmpty()) throw new ValidationException(problems);
    EventRow row = new EventRow(clientId, e.title(), e.kind(), e.date(), e.place(), e.capacity(), e.costMinor(), userId,
        clock.instant());
    db.writeVoid(s -> s.getMapper(EventMapper.class).insertEvent(row));
    return row.getId();
  }

  public List<EventRow> events(long clientId) {
    return db.read(s -> s.getMapper(EventMapper.class).selectEvents(clientId));
  }

  public EventRow event(long clientId, long eventId) {
    EventRow row = db.read(s -> s.getMapper(EventMapper.class).selectEvent(clientId, eventId));
    if (row == null) throw new NotFoundException("event " + eventId);
    return row;
  }

  public List<Guest> guests(long eventId) {
    return db.read(s -> s.getMapper(EventMapper.class).selectGuests(eventId));
  }

  /**
   * Freezes the invitation list (a target list, as a campaign's) and invites everyone on it who agreed to be
   * contacted and is not yet a guest; logs one contact each. Returns how many were invited.
   */
  public int invite(long clientId, long eventId, Invitation inv, long userId) {
    EventRow event = event(clientId, eventId);
    if (inv.text().length() > Invitation.TEXT_LIMIT) throw new ValidationException("text", "error.tooLong");
    if (inv.sentOn() == null) throw new ValidationException("sentOn", "error.date");
    TargetRule rule = new TargetRule(inv.asOf(), inv.cells(), null, null, null, inv.tag(), inv.channel().isPostal());
    TargetListService.Draft draft = lists.draw(clientId, rule, 0);
    Set<Long> members = new HashSet<>();
    if (inv.membersOnly()) {
      for (Member m : new ClubService(db, clock).members(clientId)) members.add(m.getCustomerId());
    }
    Set<Long> already = new HashSet<>();
    for (Guest g : guests(eventId)) already.add(g.getCustomerId());
    List<Long> invited = new ArrayList<>();
    for (TargetMember m : draft.members()) {
      if (m.arm() != Arm.CONTACTED || already.contains(m.customerId())) continue;
      if (inv.membersOnly() && !members.contains(m.customerId())) continue;
      invited.add(m.customerId());
    }
    if (invited.isEmpty()) throw new ValidationException("cells", "error.nobodyToInvite");
    db.writeVoid(s -> {
      long listId = lists.insert(s, draft, "event:" + eventId, userId);
      EventMapper m = s.getMapper(EventMapper.class);
      m.updateInvitation(eventId, listId, inv.sentOn(), inv.channel().name(), inv.text());
      for (long id : invited) m.insertGuest(eventId, id, true, Guest.Reply.NONE.name(), false);
      contacts.record(s, clientId, invited, inv.channel(), inv.sentOn(), ContactSource.INVITATION, eventId, event.getTitle(), userId);
    });
    return invited.size();
  }

  /**
   * Saves every guest's reply and attendance as the form shows them; a guest newly marked as having come gets an
   * in-store contact on the log (their timeline shows the event).
   */
  public void record(long clientId, long eventId, Map<Long, Guest.Reply> replies, Set<Long> attended, long userId) {
    EventRow event = event(clientId, eventId);
    List<Guest> guests = guests(eventId);
    db.writeVoid(s -> {
      EventMapper m = s.getMapper(EventMapper.class);
      List<Long> newlyCame = new ArrayList<>();
      for (Guest g : guests) {
        Guest.Reply reply = replies.getOrDefault(g.getCustomerId(), g.reply());
        boolean came = attended.contains(g.getCustomerId());
        m.updateGuest(eventId, g.getCustomerId(), reply.name(), came);
        if (came && !g.isAttended()) newlyCame.add(g.getCustomerId());
      }
      contacts.record(s, clientId, newlyCame, Channel.IN_STORE, event.getEventDate(), ContactSource.INVITATION, eventId,
          event.getTitle(), userId);
    });
  }

  /** A customer who came without an invitation (or brought along), by their customer code. */
  public void addWalkIn(long clientId, long eventId, String customerCode, long userId) {
    EventRow event = event(clientId, eventId);
    db.writeVoid(s -> {
      Customer c = s.getMapper(CustomerMapper.class).selectByCode(clientId, customerCode);
      if (c == null) throw new ValidationException("walkIn", "error.unknownCustomer");
      EventMapper m = s.getMapper(EventMapper.class);
      if (m.updateGuest(eventId, c.getId(), Guest.Reply.YES.name(), true) == 0) {
        m.insertGuest(eventId, c.getId(), false, Guest.Reply.YES.name(), true);
      }
      contacts.record(s, clientId, List.of(c.getId()), Channel.IN_STORE, event.getEventDate(), ContactSource.INVITATION,
          eventId, event.getTitle(), userId);
    });
  }
}
