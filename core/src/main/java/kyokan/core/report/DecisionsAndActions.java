package kyokan.core.report;

import java.util.List;

/**
 * The decisions and action items recorded at the month's meetings, for the report's closing section. The
 * meeting feature implements this and registers it with the host's {@link kyokan.core.step.CoreServices};
 * until then the report says that nothing was recorded.
 */
public interface DecisionsAndActions {

  /** Nothing recorded, for a host without the meeting feature. */
  DecisionsAndActions NONE = context -> List.of();

  /** The section's content (without its title); empty when no decision or action item was recorded for the month. */
  List<ReportBlock> decisionsAndActions(ReportContext context);
}
