package kyokan.step.viptreatment.treatments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kyokan.core.NotFoundException;
import kyokan.core.ValidationException;
import kyokan.core.db.Database;
import kyokan.core.outreach.ContactLog;
import kyokan.core.outreach.ContactSource;
import kyokan.core.sales.CustomerMapper;

/**
 * The treatment log: what a customer was given, when, by whom, at what cost, with a note. Each treatment is also
 * a contact in core's contact log (source TREATMENT), written in the same transaction, so it joins the
 * customer's timeline beside campaigns and calls.
 */
public final class TreatmentLog {
  static final int NOTE_LIMIT = 1000;
  static final int GIVER_LIMIT = 100;
  private final Database db;
  private final ContactLog contacts;
  private final Clock clock;

  public TreatmentLog(Database db, ContactLog contacts, Clock clock) {
    this.db = db;
    this.contacts = contacts;
    this.clock = clock;
    db.addMapper(TreatmentMapper.class);
  }

  /** What the treatment form asks; {@code cost} in minor units, null to take the perk's. */
  public record Entry(long perkId, LocalDate on, String givenBy, Long cost, String note) {}

  /** Logs a treatment and its contact; returns the treatment's id. */
  public long log(long clientId, long customerId, Entry entry, long userId) {
    Map<String, String> problems = new LinkedHashMap<>();
    String giver = entry.givenBy() == null ? "" : entry.givenBy().strip();
    String note = entry.note() == null ? "" : entry.note().strip();
    if (entry.on() == null) problems.put("on", "error.date");
    else if (entry.on().isAfter(LocalDate.now(clock).plusDays(1))) problems.put("on", "error.futureDate");
    if (giver.isEmpty() || giver.length() > GIVER_LIMIT) problems.put("givenBy", "error.givenBy");
    if (note.length() > NOTE_LIMIT) problems.put("note", "error.noteLength");
    if (entry.cost() != null && entry.cost() < 0) problems.put("cost", "error.cost");
    Perk perk = db.read(s -> s.getMapper(TreatmentMapper.class).selectPerks(clientId)).stream()
        .filter(p -> p.getId() == entry.perkId() && !p.isRetired()).findFirst().orElse(null);
    if (perk == null) problems.put("perk", "error.perk");
    if (!problems.isEmpty()) throw new ValidationException(problems);
    long cost = entry.cost() == null ? perk.getCostMinor() : entry.cost();
    return db.write(s -> {
      if (s.getMapper(CustomerMapper.class).selectById(clientId, customerId) == null) {
        throw new NotFoundException("customer " + customerId);
      }
      TreatmentMapper.TreatmentRow row = new TreatmentMapper.TreatmentRow(clientId, customerId, perk.getId(), entry.on(),
          giver, cost, note.isEmpty() ? null : note, userId, clock.instant());
      s.getMapper(TreatmentMapper.class).insertTreatment(row);
      String said = note.isEmpty() ? perk.getName() : perk.getName() + ": " + note;
      contacts.record(s, clientId, List.of(customerId), perk.getChannel(), entry.on(), ContactSource.TREATMENT,
          row.getId(), said.length() > NOTE_LIMIT ? said.substring(0, NOTE_LIMIT) : said, userId);
      return row.getId();
    });
  }

  public List<Treatment> between(long clientId, LocalDate from, LocalDate to) {
    return db.read(s -> s.getMapper(TreatmentMapper.class).selectBetween(clientId, from, to));
  }

  public List<Treatment> forCustomer(long clientId, long customerId) {
    return db.read(s -> s.getMapper(TreatmentMapper.class).selectByCustomer(clientId, customerId));
  }

  /** Per customer ever treated, their latest treatment's date. */
  public Map<Long, LocalDate> lastTreated(long clientId) {
    Map<Long, LocalDate> last = new HashMap<>();
    db.read(s -> s.getMapper(TreatmentMapper.class).selectLastTreated(clientId))
        .forEach(r -> last.put(r.getCustomerId(), r.getTreatedOn()));
    return last;
  }
}
