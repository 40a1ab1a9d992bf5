package kyokan.core.sales;

/** The ledger's counts as the data-quality query returns them. Public only because the mapper proxy must see it. */
public final class LedgerCounts {
  private long identifiedOrders;
  private long customers;
  private long anonymousOrderNumbers;
  private long anonymousLinesWithoutOrder;
  private long productsSold;
  private long productRecords;
  private long customerRecords;
  private long uncontactable;

  long getIdentifiedOrders() { return identifiedOrders; }
  long getCustomers() { return customers; }
  long getAnonymousOrderNumbers() { return anonymousOrderNumbers; }
  long getAnonymousLinesWithoutOrder() { return anonymousLinesWithoutOrder; }
  long getProductsSold() { return productsSold; }
  long getProductRecords() { return productRecords; }
  long getCustomerRecords() { return customerRecords; }
  long getUncontactable() { return uncontactable; }
}
