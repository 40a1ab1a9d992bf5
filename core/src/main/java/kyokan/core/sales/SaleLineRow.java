package kyokan.core.sales;

import java.time.LocalDate;
import java.time.LocalTime;

/** A sale line on its way into the table. Public only because the mapper proxy must see it. */
public final class SaleLineRow {
  private long id;
  private final long clientId;
  private final LocalDate saleDate;
  private final LocalTime saleTime;
  private final String orderNo;
  private final Integer lineNo;
  private final Long customerId;
  private final Long productId;
  private final long quantity;
  private final long amount;
  private final Long importId;
  private final String sourceKey;

  SaleLineRow(long clientId, LocalDate saleDate, LocalTime saleTime, String orderNo, Integer lineNo, Long customerId,
      Long productId, long quantity, long amount, Long importId) {
    this(clientId, saleDate, saleTime, orderNo, lineNo, customerId, productId, quantity, amount, importId,
        sourceKey(orderNo, lineNo));
  }

  /** @param sourceKey how a later import recognises this line; null when nothing does */
  SaleLineRow(long clientId, LocalDate saleDate, LocalTime saleTime, String orderNo, Integer lineNo, Long customerId,
      Long productId, long quantity, long amount, Long importId, String sourceKey) {
    this.sourceKey = sourceKey;
    this.clientId = clientId;
    this.saleDate = saleDate;
    this.saleTime = saleTime;
    this.orderNo = orderNo;
    this.lineNo = lineNo;
    this.customerId = customerId;
    this.productId = productId;
    this.quantity = quantity;
    this.amount = amount;
    this.importId = importId;
  }

  long getId() { return id; }
  long getClientId() { return clientId; }
  LocalDate getSaleDate() { return saleDate; }
  LocalTime getSaleTime() { return saleTime; }
  String getOrderNo() { return orderNo; }
  Integer getLineNo() { return lineNo; }
  Long getCustomerId() { return customerId; }
  Long getProductId() { return productId; }
  long getQuantity() { return quantity; }
  long getAmount() { return amount; }
  Long getImportId() { return importId; }
  String getSourceKey() { return sourceKey; }

  /** Order number # line number when the source has both; a line with this key is already in the ledger. */
  static String sourceKey(String orderNo, Integer lineNo) {
    return orderNo == null || lineNo == null ? null : orderNo + "#" + lineNo;
  }
}
