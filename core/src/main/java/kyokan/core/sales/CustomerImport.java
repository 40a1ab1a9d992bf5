package kyokan.core.sales;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.ibatis.session.SqlSession;

/**
 * One customer-file import inside its batch transaction: a row with a known code updates that customer (a blank
 * cell keeps what is stored), any other row creates one. Rows that change nothing count as already present.
 *
 * <p>The client's codes are read once, and rows are taken in chunks: the chunk's known customers are read with one
 * query by id and its inserts and updates queued as JDBC batches, since a query per row costs a network round trip
 * each on a database server. (A query by the chunk's codes instead was planned by PostgreSQL while the table was
 * still empty, as a scan of the whole table, and got slower with every chunk.)
 */
final class CustomerImport {
  static final int CHUNK = 500;
  private final SqlSession session;
  private final CustomerMapper customers;
  private final long clientId;
  private final long importId;
  private final Instant now;
  // Every stored code with the customer now standing for it: the kept one, for a merged customer.
  private final Map<String, Long> standingIdByCode = new HashMap<>();
  // Codes this import created, whose ids the batch has not told.
  private final Set<String> createdCodes = new HashSet<>();
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
    customers.selectCodes(clientId).forEach(k -> standingIdByCode.put(k.getLookupKey(), k.getId()));
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
    Map<Long, Customer> known = knownCustomers();
    for (CustomerInput in : chunk) {
      String code = Text.clean(in.code());
      if (code != null && createdCodes.remove(code)) {
        // A code this import created, named again: the query runs the queued inserts first and reads its row.
        Customer created = customers.selectByCode(clientId, code);
        standingIdByCode.put(code, created.getId());
        known.put(created.getId(), created);
      }
      Long id = code == null ? null : standingIdByCode.get(code);
      if (id == null) {
        customers.insertCustomerQueued(Customer.create(clientId, in, importId, now));
        if (code != null) createdCodes.add(code);
        imported++;
      } else {
        // One object per customer, so two rows for one customer (or a code and a code merged into it) add up.
        update(known.get(id), in);
      }
    }
    chunk.clear();
    // A chunk of new codes runs no query, which would have sent the batch: one batch of a whole file overwhelms the driver.
    session.flushStatements();
  }

  // The chunk's known customers by id, read after the queued changes ran (the query flushes them).
  private Map<Long, Customer> knownCustomers() {
    Set<Long> ids = new HashSet<>();
    for (CustomerInput in : chunk) {
      String code = Text.clean(in.code());
      Long id = code == null ? null : standingIdByCode.get(code);
      if (id != null) ids.add(id);
    }
    Map<Long, Customer> byId = new HashMap<>();
    if (!ids.isEmpty()) customers.selectByIds(clientId, ids).forEach(c -> byId.put(c.getId(), c));
    return byId;
  }

  private void update(Customer existing, CustomerInput in) {
    CustomerInput before = existing.toInput();
    // Details for a merged customer go to the one they were merged into, which keeps its own code.
    existing.apply(new CustomerInput(null, in.name(), in.kana(), in.phone(), in.email(), in.postalCode(), in.address(),
        in.birthday(), in.notes(), in.contactConsent()), false, now);
    if (existing.toInput().equals(before)) {
      unchanged++;
    } else {
      customers.updateCustomer(existing);
      imported++;
    }
  }
}
