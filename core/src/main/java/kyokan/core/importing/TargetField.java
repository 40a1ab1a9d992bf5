package kyokan.core.importing;

/**
 * A value an import fills from one column of the file. The key names the field in a stored mapping and in
 * message bundles ({@code import.field.<key>}); the length limits are the sales ledger's column sizes.
 */
public enum TargetField {
  DATE("date", 0),
  TIME("time", 0),
  ORDER_NO("orderNo", 100),
  LINE_NO("lineNo", 0),
  CUSTOMER_CODE("customerCode", 100),
  CUSTOMER_NAME("customerName", 200),
  PRODUCT_CODE("productCode", 100),
  PRODUCT_NAME("productName", 300),
  QUANTITY("quantity", 0),
  UNIT_PRICE("unitPrice", 0),
  AMOUNT("amount", 0),
  KANA("kana", 200),
  PHONE("phone", 40),
  EMAIL("email", 254),
  POSTAL_CODE("postalCode", 20),
  ADDRESS("address", 500),
  BIRTHDAY("birthday", 0),
  NOTES("notes", 4000),
  CONTACT_CONSENT("contactConsent", 0);

  private final String key;
  private final int maxLength;

  TargetField(String key, int maxLength) {
    this.key = key;
    this.maxLength = maxLength;
  }

  public String key() {
    return key;
  }

  /** The longest text accepted, or 0 for parsed values (dates, numbers) that have no such limit. */
  public int maxLength() {
    return maxLength;
  }

  /** The field with this key, or null. */
  public static TargetField ofKey(String key) {
    for (TargetField f : values()) {
      if (f.key.equals(key)) return f;
    }
    return null;
  }
}
