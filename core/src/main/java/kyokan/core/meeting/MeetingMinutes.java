package kyokan.core.meeting;

import java.util.List;

/**
 * What one meeting left behind, as the printed report shows it: its notes, its decisions, the action
 * items it raised, and the items carried over into it from earlier meetings (open when it began, or done since).
 */
public record MeetingMinutes(Meeting meeting, List<Decision> decisions, List<ActionItem> raised,
    List<ActionItem> carriedOver) {
  public MeetingMinutes {
    decisions = List.copyOf(decisions);
    raised = List.copyOf(raised);
    carriedOver = List.copyOf(carriedOver);
  }
}
