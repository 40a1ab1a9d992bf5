package kyokan.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Properties;
import kyokan.core.account.AccountService;
import kyokan.core.account.LoginThrottle;
import kyokan.core.account.PasswordHasher;
import kyokan.core.account.SessionService;
import kyokan.core.client.ClientService;
import kyokan.core.cockpit.ClientDataWatch;
import kyokan.core.cockpit.ClientSummaryService;
import kyokan.core.consultant.ConsultantService;
import kyokan.core.meeting.MeetingCalendar;
import kyokan.core.db.BackupRequests;
import kyokan.core.db.Database;
import kyokan.core.engagement.EngagementService;
import kyokan.core.jobs.AbandonedUploads;
import kyokan.core.jobs.JobRunner;
import kyokan.core.jobs.SharedFiles;
import kyokan.core.step.CoreServices;
import kyokan.core.step.DataFolder;
import kyokan.core.worksheet.WorksheetService;
import kyokan.web.account.FirstConsultant;
import kyokan.web.demo.DemoClient;
import kyokan.web.http.TrustedProxies;
import kyokan.web.plugin.StepRegistry;

/** The running workbench: database, step plugins, services and the HTTP server, started and stopped together. */
public final class Workbench implements AutoCloseable {
  private final Services services;
  private final Javalin app;
  private final BackupRequests backups;

  private Workbench(Services services, Javalin app, BackupRequests backups) {
    this.services = services;
    this.app = app;
    this.backups = backups;
  }

  public static Workbench start(WorkbenchConfig config) {
    Database db = Database.open(config.database());
    StepRegistry steps = StepRegistry.load(config.pluginsDir());
    steps.migrate(db);
    AccountService accounts = new AccountService(db, new PasswordHasher(config.bcryptCost()),
        new LoginThrottle(db, config.clock()), config.clock());
    CoreServices core = CoreRegistry.create(db, config.dataDir(), config.clock());
    ClientService clients = core.get(ClientService.class);
    WorksheetService worksheets = core.get(WorksheetService.class);
    Services services = new Services(version(), db, steps, accounts, new SessionService(db, accounts, config.clock()),
        clients, new EngagementService(db, config.clock()), worksheets, config.clock(), config.dataDir(), core);
    // Uploads nobody imported go after a day (an import deletes its own upload when it finishes).
    core.get(JobRunner.class).every(Duration.ofHours(1), "abandoned uploads", new AbandonedUploads(
        core.get(DataFolder.class).uploads(), core.get(SharedFiles.class), config.clock(), Duration.ofDays(1))::sweep);
    FirstConsultant.ensure(accounts, config.adminEmail(), config.adminPassword());
    registerCockpit(services);
    if (config.demo()) new DemoClient(services).ensure();
    Javalin app = WebApp.create(services, new TrustedProxies(config.trustedProxies())).start(config.port());
    // Only this process may open the embedded database, so ./kyokan backup asks it for the copy.
    BackupRequests backups = db.settings().isDerby() ? BackupRequests.serve(db, config.dataDir()) : null;
    return new Workbench(services, app, backups);
  }

  /**
   * The consultants' administration, the meeting calendar and the cockpit's summaries; every commit that
   * changes a client's sales data or thresholds queues that client's summary (see {@link ClientDataWatch}).
   */
  private static void registerCockpit(Services services) {
    CoreServices core = services.core();
    core.register(ConsultantService.class, new ConsultantService(services.db(), services.accounts(), services.clock()))
        .register(MeetingCalendar.class, new MeetingCalendar(services.db(), services.clock()));
    ClientSummaryService summaries = new ClientSummaryService(services.db(), core, services.engagements(),
        services.steps().steps(), services.clock());
    core.register(ClientSummaryService.class, summaries);
    services.db().addInterceptor(new ClientDataWatch(summaries::refreshLater));
    core.get(ConsultantService.class).ensureAdministrator();
  }

  public int port() {
    return app.port();
  }

  public Javalin app() {
    return app;
  }

  public Services services() {
    return services;
  }

  @Override
  public void close() {
    if (backups != null) backups.close();
    app.stop();
    services.core().get(JobRunner.class).close();
    services.steps().stop();
    services.db().close();
  }

  private static String version() {
    try (InputStream in = Workbench.class.getResourceAsStream("/kyokan/web/version.properties")) {
      Properties p = new Properties();
      if (in != null) p.load(in);
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }
}
