package kyokan.core.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import kyokan.core.ValidationException;
import kyokan.core.db.Database;
import kyokan.core.sales.CustomerMapper;
import org.apache.ibatis.session.SqlSession;

/** Every contact with a customer (campaigns, sequences, treatments, invitations, and those logged by hand). */
public final class ContactLog {
  static final int NOTE_LIMIT = 1000;
  private final Database db;
  private final Clock clock;

  public ContactLog(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Logs a contact by hand (a call, a chat in the shop, a hand-written note) for one of the client's customers. */
  public void logByHand(long clientId, long customerId, Channel channel, LocalDate on, String note, long userId) {
    String text = note == null ? "" : note.strip();
    if (text.length() > NOTE_LIMIT) throw new ValidationException("note", "error.noteLength");
    if (on == null) throw new ValidationException("on", "error.date");
    if (on.isAfter(LocalDate.now(clock).plusDays(1))) throw new ValidationException("on", "error.futureDate");
    db.writeVoid(s -> {
      if (s.getMapper(CustomerMapper.class).selectById(clientId, customerId) == null) {
        throw new kyokan.core.NotFoundException("customer " + customerId);
      }
      s.getMapper(ContactLogMapper.class).insertContact(clientId, customerId, channel.name(), on,
          ContactSource.MANUAL.name(), null, text.isEmpty() ? null : text, userId, clock.instant());
    });
  }

  /** Logs one contact per customer inside the caller's transaction (a campaign sent, a step done). */
  public void record(SqlSession session, long clientId, Collection<Long> customerIds, Channel channel, LocalDate on,
      ContactSource source, Long sourceId, String note, long userId) {
    ContactLogMapper m = session.getMapper(ContactLogMapper.class);
    for (long id : customerIds) {
      m.insertContact(clientId, id, channel.name(), on, source.name(), sourceId, note, userId, clock.instant());
    }
  }

  /** The customer's contacts, newest first. */
  public List<Contact> forCustomer(long clientId, long customerId) {
    return db.read(s -> s.getMapper(ContactLogMapper.class).selectByCustomer(clientId, customerId));
  }
}
