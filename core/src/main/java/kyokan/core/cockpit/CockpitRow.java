package kyokan.core.cockpit;

import java.time.LocalDate;
import java.util.List;
import kyokan.core.engagement.Engagement;
import kyokan.core.worksheet.WorksheetStatus;

/**
 * One client on the consultant's cockpit: the precomputed figures, and what is read live because it is cheap
 * (where the program stands, items, the next meeting).
 *
 * @param engagement the current engagement, or null before the first one
 * @param programMonth 1–7 during the program, 0 before it starts or without one, 8 after it ended
 * @param currentStepId the step planned for this month of the program, null outside months 1–7
 * @param worksheetStatus that step's worksheet status, null without a current step
 * @param nextMeeting the next planned meeting on or after today, or null
 * @param alerts the alerts of steps unlocked now, from the last summary
 * @param dataLate last month's sales are not in the ledger although the 10th has passed (see {@link DataFreshness})
 * @param stale the figures were computed from older data; a refresh is queued
 */
public record CockpitRow(SummaryRow summary, Engagement engagement, int programMonth, String currentStepId,
    WorksheetStatus worksheetStatus, int openItems, int overdueItems, LocalDate nextMeeting, List<AlertRow> alerts,
    boolean dataLate, boolean stale) {

  public long clientId() {
    return summary.getClientId();
  }

  /** Everything that asks for attention: late data, overdue items and the steps' alerts, counted. */
  public int attention() {
    return (dataLate ? 1 : 0) + overdueItems + alerts.stream().mapToInt(AlertRow::getItemCount).sum();
  }
}
