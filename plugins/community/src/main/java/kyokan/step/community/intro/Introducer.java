package kyokan.step.community.intro;

/** A customer with an introduction code. */
public class Introducer {
  long customerId;
  String customerCode;
  String customerName;
  String code;

  public long getCustomerId() { return customerId; }
  public String getCustomerCode() { return customerCode; }
  public String getCustomerName() { return customerName; }
  public String getCode() { return code; }
}
