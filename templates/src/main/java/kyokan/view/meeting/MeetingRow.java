package kyokan.view.meeting;

/** One meeting in the engagement's list. */
public record MeetingRow(long id, String month, int seq, String updated, int decisions, int items, String href) {}
