package kyokan.core.sales;

import java.time.Instant;

/** Something the shop sells. {@code code} is unique per client when given; the price is in minor units. */
public class Product {
  private long id;
  private long clientId;
  private String code;
  private String name;
  private Long unitPrice;
  private Long createdByImport;
  private Instant createdAt;
  private Instant updatedAt;

  public long getId() { return id; }
  public long getClientId() { return clientId; }
  public String getCode() { return code; }
  public String getName() { return name; }
  public Long getUnitPrice() { return unitPrice; }
  public Long getCreatedByImport() { return createdByImport; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getUpdatedAt() { return updatedAt; }

  static Product create(long clientId, ProductInput in, Long importId, Instant at) {
    Product p = new Product();
    p.clientId = clientId;
    p.createdByImport = importId;
    p.createdAt = at;
    p.apply(in, true, at);
    return p;
  }

  /** Takes the input's values (a product without a name is named by its code); see {@link Customer#apply}. */
  void apply(ProductInput in, boolean blanksClear, Instant at) {
    String newCode = Text.clean(in.code());
    code = newCode != null || blanksClear ? newCode : code;
    String newName = Text.clean(in.name());
    name = newName != null ? newName : (name != null ? name : code);
    unitPrice = in.unitPrice() != null || blanksClear ? in.unitPrice() : unitPrice;
    updatedAt = at;
  }

  ProductInput toInput() {
    return new ProductInput(code, name, unitPrice);
  }
}
