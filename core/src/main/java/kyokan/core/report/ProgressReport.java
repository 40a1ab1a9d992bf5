package kyokan.core.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import kyokan.core.account.AccountService;
import kyokan.core.account.User;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CpmThresholds;
import kyokan.core.client.Client;
import kyokan.core.engagement.Engagement;
import kyokan.core.engagement.EngagementService;
import kyokan.core.engagement.StepUnlock;
import kyokan.core.segmentation.ThresholdService;
import kyokan.core.step.CoreServices;
import kyokan.core.step.StepExtension;
import kyokan.core.worksheet.Worksheet;
import kyokan.core.worksheet.WorksheetService;
import kyokan.core.worksheet.WorksheetStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The monthly progress report of one engagement: a cover, where the client stands in each of the seven
 * steps, the key figures month by month, each unlocked step's own section (from its plugin, in step
 * order), this month's worksheet with the consultant's comments, and the month's decisions and action
 * items. The page and the command line both come here, so they print the same report.
 */
public final class ProgressReport {
  private static final Logger log = LoggerFactory.getLogger(ProgressReport.class);

  private final List<StepExtension> steps;
  private final CoreServices core;
  private final EngagementService engagements;
  private final AccountService accounts;
  private final DecisionsAndActions decisions;
  private final Clock clock;

  /** @param steps the loaded steps, in program order */
  public ProgressReport(List<StepExtension> steps, CoreServices core, EngagementService engagements,
      AccountService accounts, DecisionsAndActions decisions, Clock clock) {
    this.steps = List.copyOf(steps);
    this.core = core;
    this.engagements = engagements;
    this.accounts = accounts;
    this.decisions = decisions;
    this.clock = clock;
  }

  /** The month a report covers unless told: the last complete month in the data, else last month. */
  public YearMonth defaultMonth(long clientId) {
    return core.get(AnalyticsService.class).latestCompleteMonth(clientId).orElse(YearMonth.now(clock).minusMonths(1));
  }

  public byte[] pdf(Client client, Engagement engagement, YearMonth month, Locale locale) {
    return PdfReportWriter.write(document(client, engagement, month, locale));
  }

  public ReportDocument document(Client client, Engagement engagement, YearMonth month, Locale locale) {
    ReportTexts t = new ReportTexts(locale);
    YearMonth dataMonth = core.get(AnalyticsService.class).latestCompleteMonth(client.getId())
        .filter(latest -> latest.isBefore(month)).orElse(month);
    ReportContext context = new ReportContext(client, engagement, month, dataMonth, t.locale(), core);
    LocalDate today = LocalDate.now(clock);
    int programMonth = engagement.programMonth(month);
    Map<String, StepUnlock> unlocks = engagements.unlocks(engagement.getId());
    Map<String, WorksheetStatus> statuses = core.get(WorksheetService.class).statuses(engagement.getId());
    List<ReportBlock> blocks = new ArrayList<>();
    blocks.add(cover(t, client, engagement, context, today, programMonth));
    blocks.addAll(standing(t, engagement, unlocks, statuses, programMonth));
    blocks.addAll(new KeyFigures(core.get(AnalyticsService.class), t)
        .section(client.getId(), client.getCurrency(), engagement.getStart(), dataMonth, thresholds(client.getId())));
    for (StepExtension step : steps) {
      if (!isUnlocked(unlocks, step)) continue;
      List<ReportBlock> section = section(step, context, t);
      if (section.isEmpty()) continue;
      blocks.add(ReportBlock.pageBreak());
      blocks.add(ReportBlock.heading(t.t("section.step", step.number(), step.title(t.locale()))));
      blocks.addAll(section);
    }
    blocks.add(ReportBlock.pageBreak());
    blocks.addAll(worksheet(t, client, engagement, unlocks, programMonth));
    blocks.add(ReportBlock.heading(t.t("section.decisions")));
    List<ReportBlock> decided = decisions.decisionsAndActions(context);
    blocks.addAll(decided.isEmpty() ? List.of(ReportBlock.paragraph(t.t("decisions.none"))) : decided);
    return new ReportDocument(t.t("report.title", client.getName()), consultantName(client), t.locale().getLanguage(),
        client.getName(), t.t("report.footer", t.month(month)), today.atStartOfDay(clock.getZone()), blocks);
  }

  private ReportBlock cover(ReportTexts t, Client client, Engagement e, ReportContext c, LocalDate today, int programMonth) {
    String program = programMonth >= 1 && programMonth <= Engagement.MONTHS
        ? t.t("cover.programMonth.value", e.getCycle(), programMonth) : t.t("cover.programMonth.outside", e.getCycle());
    return new ReportBlock.Cover(t.t("report.title", client.getName()), t.t("report.subtitle"), List.of(
        new ReportBlock.KeyValue(t.t("cover.client"), client.getName()),
        new ReportBlock.KeyValue(t.t("cover.consultant"), consultantName(client)),
        new ReportBlock.KeyValue(t.t("cover.programMonth"), program),
        new ReportBlock.KeyValue(t.t("cover.reportMonth"), t.t("cover.reportMonth.value", t.month(c.month()), c.asOf().toString())),
        new ReportBlock.KeyValue(t.t("cover.created"), t.date(today))));
  }

  private List<ReportBlock> standing(ReportTexts t, Engagement e, Map<String, StepUnlock> unlocks,
      Map<String, WorksheetStatus> statuses, int programMonth) {
    List<List<String>> rows = new ArrayList<>();
    for (StepExtension step : steps) {
      WorksheetStatus status = statuses.getOrDefault(step.id(), WorksheetStatus.NOT_STARTED);
      rows.add(List.of(String.valueOf(step.number()), step.title(t.locale()), t.month(e.plannedMonth(step.number())),
          t.t(isUnlocked(unlocks, step) ? "state.unlocked" : "state.locked"), t.t(status.messageKey())));
    }
    List<ReportBlock> blocks = new ArrayList<>();
    blocks.add(ReportBlock.heading(t.t("section.steps")));
    current(programMonth).ifPresent(step -> blocks.add(ReportBlock.paragraph(t.t("steps.current", step.number(),
        step.title(t.locale())))));
    blocks.add(new ReportBlock.Table(List.of(t.t("steps.number"), t.t("steps.title"), t.t("steps.planned"),
        t.t("steps.state"), t.t("steps.worksheet")), rows, List.of(ReportBlock.Align.RIGHT, ReportBlock.Align.LEFT,
        ReportBlock.Align.LEFT, ReportBlock.Align.LEFT, ReportBlock.Align.LEFT), false));
    return blocks;
  }

  private List<ReportBlock> worksheet(ReportTexts t, Client client, Engagement e, Map<String, StepUnlock> unlocks,
      int programMonth) {
    List<ReportBlock> blocks = new ArrayList<>();
    blocks.add(ReportBlock.heading(t.t("section.worksheet")));
    Optional<StepExtension> current = current(programMonth);
    if (current.isEmpty()) {
      blocks.add(ReportBlock.paragraph(t.t("worksheet.missing")));
      return blocks;
    }
    StepExtension step = current.get();
    Worksheet sheet = core.get(WorksheetService.class).load(e.getId(), step.id());
    blocks.add(ReportBlock.subheading(t.t("worksheet.step", step.number(), step.title(t.locale()), t.t(sheet.status().messageKey()))));
    if (!isUnlocked(unlocks, step)) {
      blocks.add(ReportBlock.paragraph(t.t("worksheet.locked")));
      return blocks;
    }
    blocks.addAll(new WorksheetSection(t, clock.getZone()).blocks(step, sheet, client.getCurrency()));
    return blocks;
  }

  /** A plugin's section; a plugin that fails leaves a note in its place and the rest of the report stands. */
  private static List<ReportBlock> section(StepExtension step, ReportContext context, ReportTexts t) {
    try {
      return List.copyOf(step.reportSection(context));
    } catch (RuntimeException | LinkageError e) {
      log.warn("Step {} could not write its report section", step.id(), e);
      return List.of(ReportBlock.note(t.t("section.failed")));
    }
  }

  /** The step planned for the report's month (the last step after the cycle's end). */
  private Optional<StepExtension> current(int programMonth) {
    if (programMonth < 1) return Optional.empty();
    int number = Math.min(programMonth, Engagement.MONTHS);
    return steps.stream().filter(s -> s.number() == number).findFirst();
  }

  private Function<YearMonth, CpmThresholds> thresholds(long clientId) {
    return core.get(ThresholdService.class).byMonth(clientId);
  }

  private String consultantName(Client client) {
    return accounts.find(client.getConsultantId()).map(User::getDisplayName).orElse("");
  }

  private static boolean isUnlocked(Map<String, StepUnlock> unlocks, StepExtension step) {
    StepUnlock u = unlocks.get(step.id());
    return u != null && u.isUnlocked();
  }
}
