package kyokan.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import kyokan.core.account.AccountService;
import kyokan.core.account.LoginThrottle;
import kyokan.core.account.PasswordHasher;
import kyokan.core.account.SessionService;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.client.ClientService;
import kyokan.core.db.Database;
import kyokan.core.engagement.EngagementService;
import kyokan.core.jobs.JobRunner;
import kyokan.core.sales.CustomerMergeService;
import kyokan.core.sales.CustomerService;
import kyokan.core.sales.DataQualityService;
import kyokan.core.sales.ImportMappingService;
import kyokan.core.sales.LedgerVersion;
import kyokan.core.sales.OrderEntryService;
import kyokan.core.sales.ProductService;
import kyokan.core.sales.SalesImportService;
import kyokan.core.segmentation.SegmentationService;
import kyokan.core.segmentation.ThresholdService;
import kyokan.core.step.CoreServices;
import kyokan.core.step.DataFolder;
import kyokan.core.worksheet.WorksheetService;
import kyokan.web.account.FirstConsultant;
import kyokan.web.demo.DemoClient;
import kyokan.web.plugin.StepRegistry;

/** The running workbench: database, step plugins, services and the HTTP server, started and stopped together. */
public final class Workbench implements AutoCloseable {
  private final Services services;
  private final Javalin app;

  private Workbench(Services services, Javalin app) {
    this.services = services;
    this.app = app;
  }

  public static Workbench start(WorkbenchConfig config) {
    Database db = Database.open(config.dataDir());
    StepRegistry steps = StepRegistry.load(config.pluginsDir());
    steps.migrate(db);
    AccountService accounts = new AccountService(db, new PasswordHasher(config.bcryptCost()),
        new LoginThrottle(config.clock()), config.clock());
    ClientService clients = new ClientService(db, config.clock());
    CoreServices core = new CoreServices()
        .register(Database.class, db)
        .register(DataFolder.class, new DataFolder(config.dataDir().toAbsolutePath()))
        .register(ClientService.class, clients)
        .register(JobRunner.class, new JobRunner(config.clock()))
        .register(SalesImportService.class, new SalesImportService(db, config.clock()))
        .register(ImportMappingService.class, new ImportMappingService(db, config.clock()))
        .register(DataQualityService.class, new DataQualityService(db))
        .register(CustomerService.class, new CustomerService(db, config.clock()))
        .register(ProductService.class, new ProductService(db, config.clock()))
        .register(OrderEntryService.class, new OrderEntryService(db))
        .register(CustomerMergeService.class, new CustomerMergeService(db, config.clock()))
        .register(LedgerVersion.class, new LedgerVersion(db))
        .register(AnalyticsService.class, new AnalyticsService(db, new LedgerVersion(db)));
    ThresholdService thresholds = new ThresholdService(db, config.clock());
    core.register(ThresholdService.class, thresholds)
        .register(SegmentationService.class, new SegmentationService(db, core.get(AnalyticsService.class), thresholds));
    WorksheetService worksheets = new WorksheetService(db, config.clock());
    core.register(WorksheetService.class, worksheets);
    Services services = new Services(version(), db, steps, accounts, new SessionService(db, accounts, config.clock()),
        clients, new EngagementService(db, config.clock()), worksheets, config.clock(), config.dataDir(), core);
    FirstConsultant.ensure(accounts, config.adminEmail(), config.adminPassword());
    if (config.demo()) new DemoClient(services).ensure();
    Javalin app = WebApp.create(services).start(config.port());
    return new Workbench(services, app);
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
