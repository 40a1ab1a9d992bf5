package kyokan.step.community.club;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kyokan.core.ValidationException;
import kyokan.core.db.Database;
import kyokan.core.sales.Customer;
import kyokan.core.sales.CustomerMapper;

/** The club and its members; member numbers count up from 1 per shop. */
public final class ClubService {
  static final int NAME_LIMIT = 200, HOW_LIMIT = 1000, PERKS_LIMIT = 2000, JOINED_HOW_LIMIT = 200;
  private final Database db;
  private final Clock clock;

  public ClubService(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
    db.addMapper(ClubMapper.class);
  }

  public Optional<Club> club(long clientId) {
    return Optional.ofNullable(db.read(s -> s.getMapper(ClubMapper.class).selectClub(clientId)));
  }

  public void saveClub(long clientId, Club club, long userId) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (club.getName().isBlank()) problems.put("name", "error.required");
    if (club.getName().length() > NAME_LIMIT) problems.put("name", "error.tooLong");
    if (club.getHowToJoin().length() > HOW_LIMIT) problems.put("howToJoin", "error.tooLong");
    if (club.getPerks().length() > PERKS_LIMIT) problems.put("perks", "error.tooLong");
    if (!problems.isEmpty()) throw new ValidationException(problems);
    db.writeVoid(s -> {
      ClubMapper m = s.getMapper(ClubMapper.class);
      m.deleteClub(clientId);
      m.insertClub(clientId, club.getName(), club.getHowToJoin(), club.getPerks(), userId, clock.instant());
    });
  }

  public List<Member> members(long clientId) {
    return db.read(s -> s.getMapper(ClubMapper.class).selectMembers(clientId));
  }

  /** Enrols the customer with this code under the next member number; returns the number. */
  public int join(long clientId, String customerCode, LocalDate joinedOn, String joinedHow, long userId) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (joinedOn == null) problems.put("joinedOn", "error.date");
    if (joinedHow.length() > JOINED_HOW_LIMIT) problems.put("joinedHow", "error.tooLong");
    if (!problems.isEmpty()) throw new ValidationException(problems);
    return db.write(s -> {
      if (s.getMapper(ClubMapper.class).selectClub(clientId) == null) throw new ValidationException("customerCode", "error.noClub");
      Customer customer = s.getMapper(CustomerMapper.class).selectByCode(clientId, customerCode);
      if (customer == null) throw new ValidationException("customerCode", "error.unknownCustomer");
      ClubMapper m = s.getMapper(ClubMapper.class);
      if (m.countMember(clientId, customer.getId()) > 0) throw new ValidationException("customerCode", "error.alreadyMember");
      Integer max = m.selectMaxMemberNo(clientId);
      int no = max == null ? 1 : max + 1;
      m.insertMember(clientId, customer.getId(), no, joinedOn, joinedHow, userId, clock.instant());
      return no;
    });
  }

  /** The customer holding this member number, if any (a survey answer names itself by it). */
  public static Optional<Long> customerOfMember(Database db, long clientId, int memberNo) {
    db.addMapper(ClubMapper.class);
    return Optional.ofNullable(db.read(s -> s.getMapper(ClubMapper.class).selectCustomerOfMember(clientId, memberNo)));
  }
}
