package kyokan.web;

import java.nio.file.Path;
import java.time.Clock;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.client.ClientService;
import kyokan.core.db.Database;
import kyokan.core.publicaccess.PublicRequestLimit;
import kyokan.core.jobs.JobRunner;
import kyokan.core.jobs.SharedFiles;
import kyokan.core.meeting.AgendaBuilder;
import kyokan.core.outreach.CampaignResults;
import kyokan.core.outreach.CampaignService;
import kyokan.core.outreach.ContactLog;
import kyokan.core.outreach.CustomerTags;
import kyokan.core.outreach.CustomerTimeline;
import kyokan.core.outreach.MailingList;
import kyokan.core.outreach.PrintSettingsService;
import kyokan.core.outreach.TargetListService;
import kyokan.core.prediction.CustomerValueService;
import kyokan.core.meeting.MeetingReportSection;
import kyokan.core.meeting.MeetingService;
import kyokan.core.report.DecisionsAndActions;
import kyokan.core.sales.CustomerMergeService;
import kyokan.core.sales.CustomerService;
import kyokan.core.sales.DataQualityService;
import kyokan.core.sales.ImportMappingService;
import kyokan.core.sales.LedgerVersion;
import kyokan.core.sales.OrderEntryService;
import kyokan.core.sales.ProductService;
import kyokan.core.sales.SalesImportService;
import kyokan.core.segmentation.SegmentationService;
import kyokan.core.segmentation.SuggestedDefaults;
import kyokan.core.segmentation.ThresholdService;
import kyokan.core.step.CoreServices;
import kyokan.core.step.DataFolder;
import kyokan.core.worksheet.WorksheetService;

/**
 * The core services the host shares with the step plugins, made in one place so the server and
 * {@code ./kyokan report} compute with the same services: one instance of each, one analytics cache.
 */
public final class CoreRegistry {
  private CoreRegistry() {}

  public static CoreServices create(Database db, Path dataDir, Clock clock) {
    CoreServices core = new CoreServices()
        .register(Database.class, db)
        .register(Clock.class, clock)
        .register(DataFolder.class, new DataFolder(dataDir.toAbsolutePath()))
        .register(ClientService.class, new ClientService(db, clock))
        .register(SharedFiles.class, new SharedFiles(db, clock));
    core.register(JobRunner.class, new JobRunner(db, core.get(SharedFiles.class), clock))
        .register(SalesImportService.class, new SalesImportService(db, clock))
        .register(ImportMappingService.class, new ImportMappingService(db, clock))
        .register(DataQualityService.class, new DataQualityService(db))
        .register(CustomerService.class, new CustomerService(db, clock))
        .register(ProductService.class, new ProductService(db, clock))
        .register(OrderEntryService.class, new OrderEntryService(db))
        .register(CustomerMergeService.class, new CustomerMergeService(db, clock))
        .register(LedgerVersion.class, new LedgerVersion(db))
        .register(AnalyticsService.class, new AnalyticsService(db, new LedgerVersion(db), clock))
        .register(WorksheetService.class, new WorksheetService(db, clock))
        .register(PublicRequestLimit.class, new PublicRequestLimit(db, clock));
    // One thresholds store and one segmentation engine, sharing the analytics cache.
    ThresholdService thresholds = new ThresholdService(db, clock, new SuggestedDefaults(db, core.get(AnalyticsService.class)));
    core.register(ThresholdService.class, thresholds)
        .register(SegmentationService.class, new SegmentationService(db, core.get(AnalyticsService.class), thresholds));
    MeetingService meetings = new MeetingService(db, clock);
    core.register(MeetingService.class, meetings)
        .register(AgendaBuilder.class, new AgendaBuilder(core.get(AnalyticsService.class), thresholds,
            core.get(SegmentationService.class), core.get(WorksheetService.class), meetings))
        .register(DecisionsAndActions.class, new MeetingReportSection(meetings));
    registerOutreach(core, db, clock);
    core.register(CustomerValueService.class, new CustomerValueService(core.get(AnalyticsService.class), thresholds));
    return core;
  }

  /** Steps 4–7's shared services: target lists, the contact log, campaigns and their results, printed mail's settings. */
  private static void registerOutreach(CoreServices core, Database db, Clock clock) {
    AnalyticsService analytics = core.get(AnalyticsService.class);
    SegmentationService segmentation = core.get(SegmentationService.class);
    TargetListService lists = new TargetListService(db, analytics, segmentation, clock);
    ContactLog contacts = new ContactLog(db, clock);
    CampaignService campaigns = new CampaignService(db, lists, contacts, clock);
    core.register(TargetListService.class, lists)
        .register(ContactLog.class, contacts)
        .register(CampaignService.class, campaigns)
        .register(CampaignResults.class, new CampaignResults(db, analytics, segmentation, campaigns, lists))
        .register(CustomerTags.class, new CustomerTags(db))
        .register(MailingList.class, new MailingList(db, analytics))
        .register(CustomerTimeline.class, new CustomerTimeline(db, analytics, segmentation, contacts))
        .register(PrintSettingsService.class, new PrintSettingsService(db, core.get(ClientService.class)));
  }
}
