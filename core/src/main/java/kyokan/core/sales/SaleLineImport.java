package kyokan.core.sales;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.ibatis.session.SqlSession;

/**
 * One sales import inside its batch transaction: looks up (or creates) customers and products by code
 * through in-memory tables loaded at the start, skips lines whose source key the ledger already holds (order
 * number # line number, or for lines without an order number their {@link LineContentKey}), and queues the
 * rest as JDBC batches.
 */
final class SaleLineImport {
  static final int FLUSH_EVERY = 5_000;
  private final SqlSession session;
  private final long clientId;
  private final long importId;
  private final Instant now;
  private final SaleLineMapper lines;
  private final CustomerMapper customers;
  private final ProductMapper products;
  private final Map<String, Long> customerByCode = new HashMap<>();
  private final Map<String, Long> productByCode = new HashMap<>();
  private final Map<String, Long> productByName = new HashMap<>();
  private final Set<String> knownKeys = new HashSet<>();
  private int imported;
  private int duplicates;
  private int duplicatesByContent;
  private final LineContentKey contentKeys = new LineContentKey();
  private int invalid;

  /**
   * @param session the batch session the lines are queued in
   * @param lookups a session in the same transaction ({@code Database.sameTransaction}) that creates customers and
   *     products at once, so a new code does not flush the queued lines
   */
  SaleLineImport(SqlSession session, SqlSession lookups, long clientId, long importId, Instant now) {
    this.session = session;
    this.clientId = clientId;
    this.importId = importId;
    this.now = now;
    this.lines = session.getMapper(SaleLineMapper.class);
    this.customers = lookups.getMapper(CustomerMapper.class);
    this.products = lookups.getMapper(ProductMapper.class);
    customers.selectCodes(clientId).forEach(k -> customerByCode.put(k.getLookupKey(), k.getId()));
    products.selectCodes(clientId).forEach(k -> productByCode.put(k.getLookupKey(), k.getId()));
    products.selectNames(clientId).forEach(k -> productByName.put(k.getLookupKey(), k.getId()));
    lines.selectSourceKeys(clientId, r -> knownKeys.add(r.getResultObject()));
  }

  void add(SaleLineInput in) {
    if (!SaleLineRules.storable(in)) {
      invalid++;
      return;
    }
    String orderNo = Text.clean(in.orderNo());
    String key = orderNo != null ? SaleLineRow.sourceKey(orderNo, in.lineNo()) : contentKeys.next(in);
    if (key != null && !knownKeys.add(key)) {
      duplicates++;
      if (orderNo == null) duplicatesByContent++;
      return;
    }
    Long customerId = in.isAnonymous() ? null : customerId(in.customerCode().strip(), Text.clean(in.customerName()));
    Long productId = productId(Text.clean(in.productCode()), Text.clean(in.productName()));
    lines.insertLine(new SaleLineRow(clientId, in.date(), in.time(), orderNo, in.lineNo(), customerId, productId,
        in.quantity(), in.amount(), importId, key));
    if (++imported % FLUSH_EVERY == 0) session.flushStatements();
  }

  int imported() { return imported; }
  int duplicates() { return duplicates; }
  int duplicatesByContent() { return duplicatesByContent; }
  int invalid() { return invalid; }
  int seen() { return imported + duplicates + invalid; }

  private Long customerId(String code, String name) {
    Long id = customerByCode.get(code);
    if (id != null) return id;
    Customer c = Customer.create(clientId, new CustomerInput(code, name, null, null, null, null, null, null, null, null),
        importId, now);
    customers.insertCustomer(c);
    id = c.getId();
    customerByCode.put(code, id);
    return id;
  }

  private Long productId(String code, String name) {
    if (code == null && name == null) return null;
    Long id = code != null ? productByCode.get(code) : productByName.get(name);
    if (id != null) return id;
    Product p = Product.create(clientId, new ProductInput(code, name, null), importId, now);
    products.insertProduct(p);
    id = p.getId();
    if (code != null) productByCode.put(code, id);
    productByName.putIfAbsent(name != null ? name : code, id);
    return id;
  }
}
