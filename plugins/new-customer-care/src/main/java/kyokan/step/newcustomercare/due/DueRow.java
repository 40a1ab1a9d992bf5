package kyokan.step.newcustomercare.due;

import kyokan.core.sales.Customer;

/**
 * One line of the due list as the page shows it.
 *
 * @param bucket {@code overdue}, {@code today} or {@code week}
 * @param customer the customer's record (null when it is gone from the file)
 */
public record DueRow(Task task, String bucket, Customer customer) {

  public String name() {
    return customer == null ? "#" + task.enrolment().customerId() : customer.getLabel();
  }

  public String contact() {
    if (customer == null) return "";
    StringBuilder s = new StringBuilder();
    append(s, customer.getPhone());
    append(s, customer.getEmail());
    append(s, customer.getPostalCode() == null ? null : "〒" + customer.getPostalCode());
    append(s, customer.getAddress());
    return s.toString();
  }

  /** A postal contact for a customer without an address cannot be printed. */
  public boolean missingAddress() {
    return task.step().channel().isPostal() && (customer == null || customer.getAddress() == null || customer.getAddress().isBlank());
  }

  private static void append(StringBuilder s, String part) {
    if (part == null || part.isBlank()) return;
    if (!s.isEmpty()) s.append(" / ");
    s.append(part.strip());
  }
}
