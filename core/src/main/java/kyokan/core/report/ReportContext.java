package kyokan.core.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import kyokan.core.client.Client;
import kyokan.core.engagement.Engagement;
import kyokan.core.step.CoreServices;

/**
 * What a step needs to write its section of the monthly progress report.
 *
 * @param month the report's month: the engagement month it is handed out in, whose meetings it records
 * @param dataMonth the month the figures are for: the report's month once its sales are complete, else the
 *     last complete month before it (a report printed for a meeting mid-month shows last month's figures)
 * @param locale the reader's language (Japanese unless English was asked for)
 * @param services the host's core services, the same instances (and caches) the pages use
 */
public record ReportContext(Client client, Engagement engagement, YearMonth month, YearMonth dataMonth, Locale locale,
    CoreServices services) {

  /** The as-of date of every figure in the report: the data month's last day. */
  public LocalDate asOf() {
    return dataMonth.atEndOfMonth();
  }
}
