package kyokan.step.newcustomercare.sequence;

import java.time.LocalDate;
import kyokan.core.outreach.Channel;

/**
 * One contact of the sequence: so many days after the first purchase, by a channel, with a text whose merge fields
 * ({氏名}, {初回購入日}, {初回購入商品}, {店名}) are filled per customer.
 *
 * @param number the step's place in its version, 1, 2, 3…
 * @param skipIfRepurchased the step is skipped for a customer who has bought again by its due day
 */
public record SequenceStep(int number, int daysAfter, Channel channel, String message, boolean skipIfRepurchased) {

  /** The day the contact is due: calendar days after the first purchase (so 31 January + 30 is 2 or 1 March). */
  public LocalDate dueDate(LocalDate firstPurchase) {
    return firstPurchase.plusDays(daysAfter);
  }
}
