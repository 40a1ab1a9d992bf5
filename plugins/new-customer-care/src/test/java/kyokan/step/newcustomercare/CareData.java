package kyokan.step.newcustomercare;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import kyokan.core.account.AccountService;
import kyokan.core.account.LoginThrottle;
import kyokan.core.account.PasswordHasher;
import kyokan.core.account.User;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.client.Client;
import kyokan.core.client.ClientService;
import kyokan.core.client.NewClient;
import kyokan.core.db.Database;
import kyokan.core.importing.ImportKind;
import kyokan.core.jobs.Progress;
import kyokan.core.outreach.ContactLog;
import kyokan.core.outreach.MailingList;
import kyokan.core.sales.Customer;
import kyokan.core.sales.CustomerInput;
import kyokan.core.sales.CustomerMapper;
import kyokan.core.sales.CustomerMergeService;
import kyokan.core.sales.CustomerService;
import kyokan.core.sales.ImportSource;
import kyokan.core.sales.LedgerVersion;
import kyokan.core.sales.SaleLineInput;
import kyokan.core.sales.SalesImportService;
import kyokan.core.step.CoreServices;
import kyokan.step.newcustomercare.common.Care;

/**
 * A real Derby database in a test's temp folder with core's and step 5's migrations, one client with its consultant
 * and shop owner, a clock the test moves, and step 5's services over it.
 */
public final class CareData implements AutoCloseable {
  static {
    if (System.getProperty("derby.stream.error.file") == null) {
      System.setProperty("derby.stream.error.file", Path.of("target", "derby.log").toAbsolutePath().toString());
    }
    System.setProperty("derby.system.durability", "test");
  }

  public final MovableClock clock = new MovableClock(LocalDate.of(2026, 4, 1));
  public final Database db;
  public final User consultant;
  public final User owner;
  public final Client client;
  public final CoreServices core;
  private final Care care;
  private final List<SaleLineInput> pending = new ArrayList<>();
  private int imports;

  public CareData(Path dir) {
    db = Database.open(dir);
    db.migrate("classpath:kyokan/step/newcustomercare/db/migration", CareData.class.getClassLoader(), "flyway_step_new_customer_care");
    AccountService accounts = new AccountService(db, new PasswordHasher(4), new LoginThrottle(db, clock), clock);
    consultant = accounts.createConsultant("yamada@example.jp", "山田 恵子", "sakura-coffee-2026");
    client = new ClientService(db, clock).create(consultant, new NewClient("さくら珈琲店", "喫茶店", null, null, null));
    owner = accounts.createClientUserWithOwnPassword(client.getId(), "owner@example.jp", "佐倉 陽子", "sakura-coffee-2026");
    AnalyticsService analytics = new AnalyticsService(db, new LedgerVersion(db));
    core = new CoreServices().register(Database.class, db).register(Clock.class, clock)
        .register(AnalyticsService.class, analytics).register(ContactLog.class, new ContactLog(db, clock))
        .register(MailingList.class, new MailingList(db, analytics));
    care = Care.of(core);
  }

  /** A customer on file with an address, and with or without consent to be contacted. */
  public CareData customer(String code, boolean consent) {
    new CustomerService(db, clock).create(client.getId(), new CustomerInput(code, "客" + code, null, null, null, "150-0001",
        "東京都渋谷区神宮前1-1-" + code.length(), null, null, consent));
    return this;
  }

  /** A sale line to import with the next {@link #importSales()}; customer null for an anonymous line. */
  public CareData sale(String date, String customer, String orderNo, long amount) {
    pending.add(new SaleLineInput(LocalDate.parse(date), null, orderNo, pending.size() + 1, customer, null, null, null, 1, amount));
    return this;
  }

  public void importSales() {
    String name = "sales-" + (++imports) + ".csv";
    new SalesImportService(db, clock).importSales(client.getId(), ImportSource.generated(name, ImportKind.SALES),
        new ArrayList<>(pending).iterator(), 0, owner, Progress.NONE);
    pending.clear();
  }

  public Customer byCode(String code) {
    return db.read(s -> s.getMapper(CustomerMapper.class).selectByCode(client.getId(), code));
  }

  public void merge(String keptCode, String mergedCode) {
    new CustomerMergeService(db, clock).merge(client.getId(), byCode(keptCode).getId(), byCode(mergedCode).getId(), consultant);
  }

  public Care care() {
    return care;
  }

  public ContactLog contacts() {
    return core.get(ContactLog.class);
  }

  @Override
  public void close() {
    db.close();
  }

  /** A clock at noon UTC of a day the test sets. */
  public static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(LocalDate day) {
      set(day);
    }

    public void set(LocalDate day) {
      now = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    public LocalDate today() {
      return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    @Override public ZoneId getZone() { return ZoneOffset.UTC; }

    @Override public Clock withZone(ZoneId zone) { return this; }

    @Override public Instant instant() { return now; }
  }
}
