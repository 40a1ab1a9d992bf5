package kyokan.core.sales;

import java.time.LocalDate;

/** How much a customer has bought: the number of lines, their net amount and the last sale date. */
public class CustomerActivity {
  private long customerId;
  private int lines;
  private long amount;
  private LocalDate lastSale;

  public long getCustomerId() { return customerId; }
  public int getLines() { return lines; }
  public long getAmount() { return amount; }
  public LocalDate getLastSale() { return lastSale; }

  static CustomerActivity none(long customerId) {
    CustomerActivity a = new CustomerActivity();
    a.customerId = customerId;
    return a;
  }
}
