package kyokan.core.meeting;

import java.time.YearMonth;
import java.util.Optional;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CellHistory;
import kyokan.core.analytics.CpmThresholds;
import kyokan.core.analytics.Movement;
import kyokan.core.engagement.Engagement;
import kyokan.core.segmentation.SegmentationService;
import kyokan.core.segmentation.ThresholdService;
import kyokan.core.worksheet.Worksheet;
import kyokan.core.worksheet.WorksheetService;

/**
 * Prepares a meeting's {@link Agenda} from the engines the analysis and segmentation pages use, so the
 * meeting shows the same numbers. The analysed month is the one before the meeting's month (a meeting
 * happens while its own month is still running), or the last complete month in the data if that is earlier.
 */
public final class AgendaBuilder {
  private final AnalyticsService analytics;
  private final ThresholdService thresholds;
  private final SegmentationService segmentation;
  private final WorksheetService worksheets;
  private final MeetingService meetings;

  public AgendaBuilder(AnalyticsService analytics, ThresholdService thresholds, SegmentationService segmentation,
      WorksheetService worksheets, MeetingService meetings) {
    this.analytics = analytics;
    this.thresholds = thresholds;
    this.segmentation = segmentation;
    this.worksheets = worksheets;
    this.meetings = meetings;
  }

  /**
   * @param currentStepId the step planned for the meeting's month (see {@link Engagement#plannedMonth}), or null
   */
  public Agenda build(Meeting meeting, Engagement engagement, String currentStepId) {
    long clientId = meeting.getClientId();
    Optional<YearMonth> month = analysedMonth(clientId, meeting.getMonth());
    CpmThresholds inForce = thresholds.inForce(clientId, month.orElse(meeting.getMonth().minusMonths(1)).atEndOfMonth());
    Optional<KeyFigures> figures = month.map(m -> KeyFigures.of(segmentation.report(clientId, m)));
    Optional<KeyFigures> previous = month.filter(m -> hasSales(clientId, m.minusMonths(1)))
        .map(m -> KeyFigures.of(segmentation.report(clientId, m.minusMonths(1))));
    Optional<Movement> movement = month.flatMap(m -> movement(clientId, m));
    Optional<Worksheet> worksheet = Optional.ofNullable(currentStepId).map(id -> worksheets.load(engagement.getId(), id));
    return new Agenda(meeting, engagement.programMonth(meeting.getMonth()), Optional.ofNullable(currentStepId), figures,
        previous, inForce, movement, worksheet, meetings.carriedOver(meeting));
  }

  /** The month a meeting in {@code meetingMonth} looks at; empty when the client has no complete month of sales. */
  public Optional<YearMonth> analysedMonth(long clientId, YearMonth meetingMonth) {
    YearMonth before = meetingMonth.minusMonths(1);
    return analytics.latestCompleteMonth(clientId).map(latest -> latest.isBefore(before) ? latest : before)
        .filter(m -> hasSales(clientId, m));
  }

  private boolean hasSales(long clientId, YearMonth month) {
    return analytics.ledger(clientId).firstSale().map(first -> !YearMonth.from(first).isAfter(month)).orElse(false);
  }

  private Optional<Movement> movement(long clientId, YearMonth month) {
    CellHistory history = segmentation.cellHistory(clientId, month);
    if (!history.covers(month) || !history.covers(month.minusMonths(1))) return Optional.empty();
    return Optional.of(history.movement(month));
  }
}
