package kyokan.core.meeting;

/** Who does an action item: the consultant, or the client (the shop). */
public enum ItemOwner {
  CONSULTANT,
  CLIENT;

  public String messageKey() {
    return "meeting.owner." + name();
  }
}
