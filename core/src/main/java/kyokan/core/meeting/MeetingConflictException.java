package kyokan.core.meeting;

/** Someone saved the meeting's notes after this page was loaded; nothing was written. */
public class MeetingConflictException extends RuntimeException {
  public MeetingConflictException() {
    super("meeting notes changed since they were loaded");
  }
}
