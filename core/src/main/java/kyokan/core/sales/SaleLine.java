package kyokan.core.sales;

import java.time.LocalDate;
import java.time.LocalTime;

/** A stored sale line with its product's code and name. Money in the currency's minor unit. */
public class SaleLine {
  private long id;
  private LocalDate saleDate;
  private LocalTime saleTime;
  private String orderNo;
  private Integer lineNo;
  private Long customerId;
  private Long productId;
  private String productCode;
  private String productName;
  private long quantity;
  private long amount;
  private Long importId;

  public long getId() { return id; }
  public LocalDate getSaleDate() { return saleDate; }
  /** Null when the source had no time. */
  public LocalTime getSaleTime() { return saleTime; }
  public String getOrderNo() { return orderNo; }
  public Integer getLineNo() { return lineNo; }
  /** Null for an anonymous line. */
  public Long getCustomerId() { return customerId; }
  public Long getProductId() { return productId; }
  public String getProductCode() { return productCode; }
  public String getProductName() { return productName; }
  public long getQuantity() { return quantity; }
  public long getAmount() { return amount; }
  /** Null for a line typed by hand. */
  public Long getImportId() { return importId; }
}
