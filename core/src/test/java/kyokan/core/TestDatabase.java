package kyokan.core;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import kyokan.core.account.AccountService;
import kyokan.core.account.LoginThrottle;
import kyokan.core.account.PasswordHasher;
import kyokan.core.account.SessionService;
import kyokan.core.account.User;
import kyokan.core.client.Client;
import kyokan.core.client.ClientService;
import kyokan.core.client.NewClient;
import kyokan.core.db.Database;
import kyokan.core.engagement.Engagement;
import kyokan.core.engagement.EngagementService;
import kyokan.core.sales.CustomerMergeService;
import kyokan.core.sales.CustomerService;
import kyokan.core.sales.DataQualityService;
import kyokan.core.sales.ImportMappingService;
import kyokan.core.sales.LedgerVersion;
import kyokan.core.sales.OrderEntryService;
import kyokan.core.sales.ProductService;
import kyokan.core.sales.SalesImportService;
import kyokan.core.worksheet.WorksheetService;

/**
 * A real database for a test's {@code @TempDir} (Derby there, or a PostgreSQL schema: {@link TestDatabases}), with the core services on a hand-moved clock.
 * Open it in {@code @BeforeEach}, close it in {@code @AfterEach}.
 */
public final class TestDatabase implements AutoCloseable {
  public static final String PASSWORD = "sakura-coffee-2026";
  public static final Instant START = Instant.parse("2026-04-01T00:00:00Z");

  static {
    // Derby keeps its log open for the whole JVM: keep it out of the first test's temp folder.
    if (System.getProperty("derby.stream.error.file") == null) {
      System.setProperty("derby.stream.error.file", Path.of("target", "derby.log").toAbsolutePath().toString());
    }
    // Test databases are thrown away, so Derby need not wait for the disk on every commit.
    System.setProperty("derby.system.durability", "test");
  }

  private final TestClock clock = new TestClock(START);
  private final Database db;
  private final AccountService accounts;
  private final SessionService sessions;
  private final ClientService clients;
  private final EngagementService engagements;
  private final WorksheetService worksheets;

  private TestDatabase(Path dir) {
    db = Database.open(TestDatabases.forFolder(dir));
    accounts = new AccountService(db, new PasswordHasher(4), new LoginThrottle(db, clock), clock);
    sessions = new SessionService(db, accounts, clock);
    clients = new ClientService(db, clock);
    engagements = new EngagementService(db, clock);
    worksheets = new WorksheetService(db, clock);
  }

  public static TestDatabase open(Path dir) {
    return new TestDatabase(dir);
  }

  public TestClock clock() { return clock; }
  public Database db() { return db; }
  public AccountService accounts() { return accounts; }
  public SessionService sessions() { return sessions; }
  public ClientService clients() { return clients; }
  public EngagementService engagements() { return engagements; }
  public WorksheetService worksheets() { return worksheets; }

  public SalesImportService salesImports() { return new SalesImportService(db, clock); }
  public ImportMappingService importMappings() { return new ImportMappingService(db, clock); }
  public ProductService products() { return new ProductService(db, clock); }
  public CustomerService customers() { return new CustomerService(db, clock); }
  public OrderEntryService orderEntry() { return new OrderEntryService(db); }
  public CustomerMergeService customerMerges() { return new CustomerMergeService(db, clock); }
  public DataQualityService dataQuality() { return new DataQualityService(db); }
  public LedgerVersion ledgerVersion() { return new LedgerVersion(db); }

  public User consultant(String email) {
    return accounts.createConsultant(email, "山田 花子", PASSWORD);
  }

  public Client client(User consultant, String name) {
    return clients.create(consultant, new NewClient(name, "喫茶店", null, null, null));
  }

  /** A client user who has already chosen their own password. */
  public User clientUser(Client client, String email) {
    return accounts.createClientUserWithOwnPassword(client.getId(), email, "佐藤 一郎", PASSWORD);
  }

  public Engagement engagement(Client client, YearMonth start, User consultant) {
    return engagements.start(client.getId(), start, consultant);
  }

  @Override
  public void close() {
    db.close();
  }
}
