package kyokan.core.sales;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kyokan.core.ValidationException;
import kyokan.core.db.Database;
import kyokan.core.sales.NewOrder.NewOrderLine;
import org.apache.ibatis.session.SqlSession;

/** Orders typed by hand, for shops without a till that exports its sales. */
public final class OrderEntryService {
  private final Database db;

  public OrderEntryService(Database db) {
    this.db = db;
  }

  /**
   * Stores one order's lines (numbered 1, 2, … in the order given). An order number already in the client's
   * ledger is refused, so a later import of the same order is recognised rather than counted twice.
   *
   * @return the stored lines
   */
  public List<SaleLine> record(long clientId, NewOrder order) {
    Map<String, String> problems = shapeProblems(order);
    if (!problems.isEmpty()) throw new ValidationException(problems);
    String orderNo = Text.clean(order.orderNo());
    return db.write(s -> {
      checkReferences(s, clientId, order, orderNo);
      SaleLineMapper lines = s.getMapper(SaleLineMapper.class);
      List<Long> ids = new ArrayList<>();
      int lineNo = 0;
      for (NewOrderLine l : order.lines()) {
        SaleLineRow row = new SaleLineRow(clientId, order.date(), order.time(), orderNo, ++lineNo, order.customerId(),
            l.productId(), l.quantity(), l.amount(), null);
        lines.insertLineReturningId(row);
        ids.add(row.getId());
      }
      LedgerVersion.bump(s, clientId);
      return lines.selectByIds(clientId, ids);
    });
  }

  /** The client's sale lines, newest first, to check what was typed; {@code page} is 1-based. */
  public Page<SaleLine> recentLines(long clientId, int page, int size) {
    return db.read(s -> {
      SaleLineMapper m = s.getMapper(SaleLineMapper.class);
      return new Page<>(m.selectPage(clientId, null, Page.offset(page, size), Page.clampSize(size)),
          Page.clampPage(page), Page.clampSize(size), m.countPage(clientId, null));
    });
  }

  private static Map<String, String> shapeProblems(NewOrder order) {
    Map<String, String> p = new LinkedHashMap<>();
    if (order.date() == null) p.put("date", "error.required");
    CustomerRules.length(p, "orderNo", order.orderNo(), SaleLineRules.MAX_ORDER_NO);
    if (order.lines() == null || order.lines().isEmpty()) {
      p.put("lines", "error.sales.order.noLines");
      return p;
    }
    for (int i = 0; i < order.lines().size(); i++) {
      if (order.lines().get(i).quantity() == 0) p.put("lines[" + i + "].quantity", "error.sales.quantity.zero");
    }
    return p;
  }

  private static void checkReferences(SqlSession s, long clientId, NewOrder order, String orderNo) {
    Map<String, String> p = new LinkedHashMap<>();
    if (orderNo != null && s.getMapper(SaleLineMapper.class).countOrderNo(clientId, orderNo) > 0) {
      p.put("orderNo", "error.sales.order.numberTaken");
    }
    if (order.customerId() != null) {
      Customer c = s.getMapper(CustomerMapper.class).selectById(clientId, order.customerId());
      if (c == null) p.put("customerId", "error.sales.customer.unknown");
      else if (c.getMergedInto() != null) p.put("customerId", "error.sales.customer.merged");
    }
    ProductMapper products = s.getMapper(ProductMapper.class);
    for (int i = 0; i < order.lines().size(); i++) {
      Long productId = order.lines().get(i).productId();
      if (productId != null && products.selectById(clientId, productId) == null) {
        p.put("lines[" + i + "].productId", "error.sales.product.unknown");
      }
    }
    if (!p.isEmpty()) throw new ValidationException(p);
  }
}
