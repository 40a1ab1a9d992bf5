package kyokan.step.community.intro;

/** Who introduced whom. */
public class Introduction {
  long customerId;
  String customerName;
  long introducerId;
  String introducerName;

  public long getCustomerId() { return customerId; }
  public String getCustomerName() { return customerName; }
  public long getIntroducerId() { return introducerId; }
  public String getIntroducerName() { return introducerName; }
}
