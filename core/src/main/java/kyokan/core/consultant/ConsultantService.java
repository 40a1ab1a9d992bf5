package kyokan.core.consultant;

import java.time.Clock;
import java.util.List;
import kyokan.core.NotFoundException;
import kyokan.core.ValidationException;
import kyokan.core.account.AccountService;
import kyokan.core.account.User;
import kyokan.core.db.Database;

/**
 * The administrator's side of the consultants: their accounts (create, deactivate, reactivate) and handing a
 * client from one consultant to another, each handover recorded (who, when, from, to). A consultant sees
 * only the clients they carry (see {@code ClientAccess}), so a handover moves the client's whole view.
 */
public final class ConsultantService {
  private final Database db;
  private final AccountService accounts;
  private final Clock clock;

  public ConsultantService(Database db, AccountService accounts, Clock clock) {
    this.db = db;
    this.accounts = accounts;
    this.clock = clock;
    db.addMapper(ConsultantMapper.class);
  }

  /** Makes the earliest active consultant an administrator while there is none (a fresh workbench). */
  public void ensureAdministrator() {
    db.writeVoid(s -> {
      ConsultantMapper m = s.getMapper(ConsultantMapper.class);
      Long first = m.selectFirstConsultant();
      if (m.countAdministrators() == 0 && first != null) m.makeAdministrator(first);
    });
  }

  public List<ConsultantRow> consultants() {
    return db.read(s -> s.getMapper(ConsultantMapper.class).selectConsultants());
  }

  public User create(User admin, String email, String displayName, String password) {
    requireAdministrator(admin);
    return accounts.createConsultant(email, displayName, password);
  }

  /**
   * Deactivates a consultant (their sessions end at once; their clients stay theirs until handed over) or
   * makes them active again. An administrator cannot deactivate their own account.
   */
  public void setActive(User admin, long consultantId, boolean active) {
    requireAdministrator(admin);
    if (!active && consultantId == admin.getId()) throw new ValidationException("consultant", "error.consultant.self");
    db.writeVoid(s -> {
      ConsultantMapper m = s.getMapper(ConsultantMapper.class);
      if (m.updateActive(consultantId, active) == 0) throw new NotFoundException("consultant " + consultantId);
      if (!active) m.deleteSessions(consultantId);
    });
  }

  public List<ClientOwner> clientOwners() {
    return db.read(s -> s.getMapper(ConsultantMapper.class).selectClientOwners());
  }

  /** Hands the client to another active consultant and records it; refused if it is already theirs. */
  public void handOver(User admin, long clientId, long toConsultantId) {
    requireAdministrator(admin);
    db.writeVoid(s -> {
      ConsultantMapper m = s.getMapper(ConsultantMapper.class);
      ClientOwner owner = m.selectClientOwner(clientId);
      if (owner == null) throw new NotFoundException("client " + clientId);
      ConsultantRow to = m.selectConsultant(toConsultantId);
      if (to == null || !to.isActive()) throw new ValidationException("to", "error.handover.to");
      if (owner.getConsultantId() == toConsultantId) throw new ValidationException("to", "error.handover.same");
      if (m.updateClientConsultant(clientId, owner.getConsultantId(), toConsultantId) == 0) {
        throw new ValidationException("to", "error.handover.changed");
      }
      m.insertHandover(clientId, owner.getConsultantId(), toConsultantId, admin.getId(), clock.instant());
    });
  }

  /** Every handover, newest first; of one client when {@code clientId} is given. */
  public List<Handover> handovers(Long clientId) {
    return db.read(s -> s.getMapper(ConsultantMapper.class).selectHandovers(clientId));
  }

  private static void requireAdministrator(User user) {
    if (!user.isAdministrator() || !user.isActive()) throw new IllegalArgumentException("administrators only");
  }
}
