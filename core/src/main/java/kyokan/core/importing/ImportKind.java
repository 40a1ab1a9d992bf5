package kyokan.core.importing;

import static kyokan.core.importing.TargetField.*;

import java.util.List;

/** What a file holds, and the fields each kind can fill, in the order a mapping form shows them. */
public enum ImportKind {
  SALES(List.of(DATE, TIME, ORDER_NO, LINE_NO, CUSTOMER_CODE, CUSTOMER_NAME, PRODUCT_CODE, PRODUCT_NAME,
      QUANTITY, UNIT_PRICE, AMOUNT)),
  CUSTOMERS(List.of(CUSTOMER_CODE, CUSTOMER_NAME, KANA, PHONE, EMAIL, POSTAL_CODE, ADDRESS, BIRTHDAY, NOTES,
      CONTACT_CONSENT)),
  PRODUCTS(List.of(PRODUCT_CODE, PRODUCT_NAME, UNIT_PRICE));

  private final List<TargetField> fields;

  ImportKind(List<TargetField> fields) {
    this.fields = fields;
  }

  public List<TargetField> fields() {
    return fields;
  }
}
