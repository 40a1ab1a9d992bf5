package kyokan.core.sales;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import kyokan.core.NotFoundException;
import kyokan.core.ValidationException;
import kyokan.core.db.Database;
import org.apache.ibatis.session.SqlSession;

/**
 * A client's customers, kept by hand or completed after an import: search, page, create, edit, and the
 * sales of one customer. Customers merged into another are left out of every list.
 */
public final class CustomerService {
  private final Database db;
  private final Clock clock;

  public CustomerService(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /**
   * Live customers whose name (spaces ignored), kana, code, e-mail or phone digits contain {@code query}
   * (blank: all), by name; {@code page} is 1-based.
   */
  public Page<Customer> list(long clientId, String query, int page, int size) {
    String q = Text.clean(query);
    String pattern = q == null ? null : Text.containsPattern(Text.nameKey(q).toLowerCase(Locale.ROOT));
    String digits = q != null && Text.looksLikePhone(q) ? Text.containsPattern(Text.phoneKey(q)) : null;
    return db.read(s -> {
      CustomerMapper m = s.getMapper(CustomerMapper.class);
      return new Page<>(m.selectPage(clientId, pattern, digits, Page.offset(page, size), Page.clampSize(size)),
          Page.clampPage(page), Page.clampSize(size), m.countPage(clientId, pattern, digits));
    });
  }

  /** The customer, merged or not ({@link Customer#getMergedInto()} says where a merged one went). */
  public Customer get(long clientId, long customerId) {
    return db.read(s -> require(s, clientId, customerId));
  }

  public Customer create(long clientId, CustomerInput input) {
    validate(input);
    return db.write(s -> {
      Customer c = Customer.create(clientId, input, null, clock.instant());
      checkCodeFree(s, clientId, c.getCode(), null);
      s.getMapper(CustomerMapper.class).insertCustomer(c);
      LedgerVersion.bump(s, clientId);
      return c;
    });
  }

  /** Replaces every field with the form's (a blank field clears it). */
  public Customer update(long clientId, long customerId, CustomerInput input) {
    return update(clientId, customerId, input, null);
  }

  /**
   * As {@link #update(long, long, CustomerInput)}, only if nobody saved the customer since {@code loadedVersion}
   * (its {@link Customer#getUpdatedAt()} when the form was loaded; null skips the check).
   *
   * @throws EditConflictException when someone did (an edit, an import, a merge); nothing is written
   */
  public Customer update(long clientId, long customerId, CustomerInput input, Instant loadedVersion) {
    validate(input);
    return db.write(s -> {
      Customer c = requireLive(s, clientId, customerId, "customerId");
      // Claiming the row at the version the form saw also locks it until this transaction ends.
      if (loadedVersion != null && s.getMapper(CustomerMapper.class).claimCustomer(clientId, customerId, loadedVersion) == 0) {
        throw new EditConflictException("customer " + customerId);
      }
      c.apply(input, true, clock.instant());
      checkCodeFree(s, clientId, c.getCode(), customerId);
      s.getMapper(CustomerMapper.class).updateCustomer(c);
      LedgerVersion.bump(s, clientId);
      return c;
    });
  }

  /** The customer's sale lines, newest first; {@code page} is 1-based. */
  public Page<SaleLine> salesOf(long clientId, long customerId, int page, int size) {
    return db.read(s -> {
      require(s, clientId, customerId);
      SaleLineMapper m = s.getMapper(SaleLineMapper.class);
      return new Page<>(m.selectPage(clientId, customerId, Page.offset(page, size), Page.clampSize(size)),
          Page.clampPage(page), Page.clampSize(size), m.countPage(clientId, customerId));
    });
  }

  private static void validate(CustomerInput input) {
    Map<String, String> problems = CustomerRules.problems(input);
    if (!problems.isEmpty()) throw new ValidationException(problems);
  }

  private static void checkCodeFree(SqlSession s, long clientId, String code, Long self) {
    if (code == null) return;
    Customer holder = s.getMapper(CustomerMapper.class).selectByCode(clientId, code);
    if (holder != null && (self == null || holder.getId() != self)) throw new ValidationException("code", "error.sales.codeTaken");
  }

  static Customer require(SqlSession s, long clientId, long customerId) {
    Customer c = s.getMapper(CustomerMapper.class).selectById(clientId, customerId);
    if (c == null) throw new NotFoundException("customer " + customerId);
    return c;
  }

  /** The customer, who must not have been merged into another. */
  static Customer requireLive(SqlSession s, long clientId, long customerId, String field) {
    Customer c = require(s, clientId, customerId);
    if (c.getMergedInto() != null) throw new ValidationException(field, "error.sales.customer.merged");
    return c;
  }
}
