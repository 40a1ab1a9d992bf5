package kyokan.core.meeting;

import java.time.LocalDate;

/** An action item as typed in the meeting; any part may be missing until {@link MeetingService} checks it. */
public record NewActionItem(String body, ItemOwner owner, LocalDate dueDate) {}
