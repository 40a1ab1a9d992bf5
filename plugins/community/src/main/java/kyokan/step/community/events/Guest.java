package kyokan.step.community.events;

/** A customer on an event's list: invited or walked in, their reply and whether they came. */
public class Guest {
  /** A guest's answer to the invitation. */
  public enum Reply { NONE, YES, NO }

  long customerId;
  String customerCode;
  String customerName;
  boolean invited;
  String reply;
  boolean attended;

  public long getCustomerId() { return customerId; }
  public String getCustomerCode() { return customerCode; }
  public String getCustomerName() { return customerName; }
  public boolean isInvited() { return invited; }
  public Reply reply() { return Reply.valueOf(reply); }
  public boolean isAttended() { return attended; }
}
