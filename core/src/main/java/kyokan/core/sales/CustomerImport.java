package kyokan.core.sales;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.ibatis.session.SqlSession;

/**
 * One customer-file import inside its batch transaction: a row with a known code updates that customer (a blank
 * cell keeps what is stored), any other row creates one. Rows that change nothing count as already present.
 *
 * <p>Rows are taken in chunks: the chunk's known customers are read with one query and its inserts and updates
 * queued as JDBC batches, since a query per row costs a network round trip each on a database server.
 */
final class CustomerImport {
  static final int CHUNK = 500;
  private final SqlSession session;
  private final CustomerMapper customers;
  private final long clientId;
  private final long importId;
  private final Instant now;
  private final List<CustomerInput> chunk = new ArrayList<>(CHUNK);
  private int imported;
  private int unchanged;
  private int invalid;

  /** @param session a batch session ({@code Database.writeBatch}) */
  CustomerImport(SqlSession session, long clientId, long importId, Instant now) {
    this.session = session;
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
    chunk.add(in);
    if (chunk.size() == CHUNK) flush();
  }

  /** Stores the rows still held; call once after the last {@link #add}. */
  void finish() {
    if (!chunk.isEmpty()) flush();
  }

  int imported() { return imported; }
  int unchanged() { return unchanged; }
  int invalid() { return invalid; }
  int seen() { return imported + unchanged + invalid + chunk.size(); }

  private void flush() {
    Map<String, Customer> standing = standingByCode();
    Set<String> createdHere = new HashSet<>();
    for (CustomerInput in : chunk) {
      String code = Text.clean(in.code());
      Customer existing = code == null ? null : standing.get(code);
      if (existing == null && code != null && createdHere.remove(code)) {
        // The chunk named this new code twice: the query runs the queued insert first and reads its row.
        existing = customers.selectByCode(clientId, code);
        standing.put(code, existing);
      }
      if (existing == null) {
        customers.insertCustomerQueued(Customer.create(clientId, in, importId, now));
        if (code != null) createdHere.add(code);
        imported++;
      } else {
        update(existing, in);
      }
    }
    chunk.clear();
  }

  private void update(Customer existing, CustomerInput in) {
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

  /**
   * The chunk's codes already stored (the queries run the queued batch first, so earlier chunks' rows count), each
   * with the customer now standing for it: details for a merged customer go to the one it was merged into, which
   * keeps its own code. Two codes standing for one customer share its object, so both rows' changes add up.
   */
  private Map<String, Customer> standingByCode() {
    Set<String> codes = new LinkedHashSet<>();
    for (CustomerInput in : chunk) {
      String code = Text.clean(in.code());
      if (code != null) codes.add(code);
    }
    Map<String, Customer> byCode = new HashMap<>();
    if (codes.isEmpty()) return byCode;
    Map<Long, Customer> byId = new HashMap<>();
    Set<Long> keptIds = new HashSet<>();
    List<Customer> found = customers.selectByCodes(clientId, codes);
    for (Customer c : found) {
      if (c.getMergedInto() == null) byId.put(c.getId(), c);
    }
    for (Customer c : found) {
      if (c.getMergedInto() != null && !byId.containsKey(c.getMergedInto())) keptIds.add(c.getMergedInto());
    }
    if (!keptIds.isEmpty()) customers.selectByIds(clientId, keptIds).forEach(c -> byId.put(c.getId(), c));
    for (Customer c : found) byCode.put(c.getCode(), byId.get(c.getMergedInto() != null ? c.getMergedInto() : c.getId()));
    return byCode;
  }
}
