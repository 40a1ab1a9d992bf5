package kyokan.core.sales;

import java.time.Instant;
import org.apache.ibatis.session.SqlSession;

/**
 * One customer-file import inside its transaction: a row with a known code updates that customer (a blank
 * cell keeps what is stored), any other row creates one. Rows that change nothing count as already present.
 */
final class CustomerImport {
  private final CustomerMapper customers;
  private final long clientId;
  private final long importId;
  private final Instant now;
  private int imported;
  private int unchanged;
  private int invalid;

  CustomerImport(SqlSession session, long clientId, long importId, Instant now) {
    this.customers = session.getMapper(CustomerMapper.class);
    this.clientId = clientId;
    this.importId = importId;
    this.now = now;
  }

  void add(CustomerInput in) {
    if (!CustomerRules.problems(in).isEmpty()) {
      invalid++;
      return;
    }
    String code = Text.clean(in.code());
    Customer existing = code == null ? null : customers.selectByCode(clientId, code);
    if (existing == null) {
      customers.insertCustomer(Customer.create(clientId, in, importId, now));
      imported++;
      return;
    }
    // Details for a merged customer go to the one they were merged into, which keeps its own code.
    if (existing.getMergedInto() != null) existing = customers.selectById(clientId, existing.getMergedInto());
    CustomerInput before = existing.toInput();
    existing.apply(new CustomerInput(null, in.name(), in.kana(), in.phone(), in.email(), in.postalCode(), in.address(),
        in.birthday(), in.notes(), in.contactConsent()), false, now);
    if (existing.toInput().equals(before)) {
      unchanged++;
    } else {
      customers.updateCustomer(existing);
      imported++;
    }
  }

  int imported() { return imported; }
  int unchanged() { return unchanged; }
  int invalid() { return invalid; }
  int seen() { return imported + unchanged + invalid; }
}
