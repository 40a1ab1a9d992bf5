package kyokan.view.meeting;

import kyokan.core.meeting.ActionItem;

/**
 * An action item as a list shows it.
 *
 * @param due the due date as text
 * @param raisedIn the month of the meeting that raised it
 * @param doneLine who ticked it off and when; empty while open
 */
public record ItemRow(ActionItem item, String owner, String due, boolean overdue, String raisedIn, String doneLine) {
  public long id() {
    return item.getId();
  }

  public boolean done() {
    return item.isDone();
  }
}
