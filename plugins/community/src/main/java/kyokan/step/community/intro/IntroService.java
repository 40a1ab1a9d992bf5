package kyokan.step.community.intro;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import kyokan.core.ValidationException;
import kyokan.core.db.Database;
import kyokan.core.sales.Customer;
import kyokan.core.sales.CustomerMapper;

/** Introduction codes per introducing customer, and who introduced whom (by code or by the introducer's customer code). */
public final class IntroService {
  /** No 0/O, 1/I/L: a code read aloud or typed from a card is not mistaken. */
  static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  static final int CODE_LENGTH = 6;
  private static final SecureRandom RANDOM = new SecureRandom();
  private final Database db;
  private final Clock clock;

  public IntroService(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
    db.addMapper(IntroMapper.class);
  }

  /** The customer's introduction code, made the first time it is asked for. */
  public String codeFor(long clientId, String customerCode) {
    return db.write(s -> {
      Customer c = s.getMapper(CustomerMapper.class).selectByCode(clientId, customerCode);
      if (c == null) throw new ValidationException("introducer", "error.unknownCustomer");
      IntroMapper m = s.getMapper(IntroMapper.class);
      String existing = m.selectCodeOf(clientId, c.getId());
      if (existing != null) return existing;
      String code;
      do {
        code = newCode();
      } while (m.countCode(clientId, code) > 0);
      m.insertIntroducer(clientId, c.getId(), code, clock.instant());
      return code;
    });
  }

  static String newCode() {
    StringBuilder b = new StringBuilder(CODE_LENGTH);
    for (int i = 0; i < CODE_LENGTH; i++) b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    return b.toString();
  }

  public List<Introducer> introducers(long clientId) {
    return db.read(s -> s.getMapper(IntroMapper.class).selectIntroducers(clientId));
  }

  public List<Introduction> introductions(long clientId) {
    return db.read(s -> s.getMapper(IntroMapper.class).selectIntroductions(clientId));
  }

  /**
   * Records that the customer with {@code customerCode} was introduced by the one named by {@code introducedBy}:
   * an introduction code from a card, or the introducer's own customer code.
   */
  public void record(long clientId, String customerCode, String introducedBy, long userId) {
    db.writeVoid(s -> {
      CustomerMapper customers = s.getMapper(CustomerMapper.class);
      IntroMapper m = s.getMapper(IntroMapper.class);
      Customer newcomer = customers.selectByCode(clientId, customerCode);
      if (newcomer == null) throw new ValidationException("customerCode", "error.unknownCustomer");
      Long introducer = m.selectIntroducerByCode(clientId, introducedBy.toUpperCase(java.util.Locale.ROOT));
      if (introducer == null) {
        Customer byCustomerCode = customers.selectByCode(clientId, introducedBy);
        if (byCustomerCode == null) throw new ValidationException("introducedBy", "error.unknownIntroducer");
        introducer = byCustomerCode.getId();
      }
      if (introducer == newcomer.getId()) throw new ValidationException("introducedBy", "error.selfIntroduction");
      if (m.countIntroduction(clientId, newcomer.getId()) > 0) throw new ValidationException("customerCode", "error.alreadyIntroduced");
      m.insertIntroduction(clientId, newcomer.getId(), introducer, userId, clock.instant());
    });
  }
}
