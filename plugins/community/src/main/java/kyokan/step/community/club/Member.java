package kyokan.step.community.club;

import java.time.LocalDate;

/** A club member: the customer, their member number, when and how they joined. */
public class Member {
  long customerId;
  int memberNo;
  LocalDate joinedOn;
  String joinedHow;
  String customerCode;
  String customerName;

  public long getCustomerId() { return customerId; }
  public int getMemberNo() { return memberNo; }
  public LocalDate getJoinedOn() { return joinedOn; }
  public String getJoinedHow() { return joinedHow; }
  public String getCustomerCode() { return customerCode; }
  public String getCustomerName() { return customerName; }

  /** The number as printed on the card. */
  public String memberNumber() {
    return String.format("%04d", memberNo);
  }
}
