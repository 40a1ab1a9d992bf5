package kyokan.step.newcustomercare.due;

import java.util.ArrayList;
import java.util.List;
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

  /** Phone, e-mail and the postal address, each on its own line; none when the customer is gone from the file. */
  public List<String> contactLines() {
    if (customer == null) return List.of();
    List<String> lines = new ArrayList<>();
    add(lines, customer.getPhone());
    add(lines, customer.getEmail());
    String address = (customer.getPostalCode() == null ? "" : "〒" + customer.getPostalCode() + " ")
        + (customer.getAddress() == null ? "" : customer.getAddress());
    add(lines, address);
    return lines;
  }

  /** A postal contact for a customer without an address cannot be printed. */
  public boolean missingAddress() {
    return task.step().channel().isPostal() && (customer == null || customer.getAddress() == null || customer.getAddress().isBlank());
  }

  private static void add(List<String> lines, String part) {
    if (part != null && !part.isBlank()) lines.add(part.strip());
  }
}
