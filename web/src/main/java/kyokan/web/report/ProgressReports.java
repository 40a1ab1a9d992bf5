package kyokan.web.report;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import kyokan.core.account.AccountService;
import kyokan.core.engagement.EngagementService;
import kyokan.core.report.DecisionsAndActions;
import kyokan.core.report.ProgressReport;
import kyokan.core.step.CoreServices;
import kyokan.web.plugin.StepRegistry;

/** Builds the one {@link ProgressReport} that the page and {@code ./kyokan report} both print with. */
public final class ProgressReports {
  private ProgressReports() {}

  public static ProgressReport of(StepRegistry steps, CoreServices core, EngagementService engagements,
      AccountService accounts, Clock clock) {
    return new ProgressReport(steps.steps(), core, engagements, accounts, decisions(core), clock);
  }

  /** The meeting feature's decisions and action items once it has registered them; none until then. */
  static DecisionsAndActions decisions(CoreServices core) {
    try {
      return core.get(DecisionsAndActions.class);
    } catch (IllegalStateException notRegistered) {
      return DecisionsAndActions.NONE;
    }
  }

  /** {@code 2025-04}; empty when blank or not a month. */
  public static Optional<YearMonth> month(String text) {
    if (text == null || text.isBlank()) return Optional.empty();
    try {
      return Optional.of(YearMonth.parse(text.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** {@code progress-report-<client id>-2025-04.pdf}. */
  public static String fileName(long clientId, YearMonth month) {
    return "progress-report-" + clientId + "-" + month + ".pdf";
  }
}
