package kyokan.core.analytics;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list of a ledger's customers, kept as their indexes (a list of 50,000 lapsing customers
 * costs an int array, not 50,000 objects); elements are made on access. Lists are in customer code order
 * unless their figure says otherwise.
 */
public final class CustomerList extends AbstractList<CustomerRef> implements RandomAccess {
  private final Ledger ledger;
  private final int[] indexes;

  CustomerList(Ledger ledger, int[] indexes) {
    this.ledger = ledger;
    this.indexes = indexes;
  }

  @Override
  public CustomerRef get(int i) {
    return ledger.customer(indexes[i]);
  }

  @Override
  public int size() {
    return indexes.length;
  }

  /** The customer's index in the ledger, without making a {@link CustomerRef}. */
  public int indexAt(int i) {
    return indexes[i];
  }

  /** The customers' database ids, in list order. */
  public long[] ids() {
    return Arrays.stream(indexes).mapToLong(ledger::customerId).toArray();
  }

  /** The customers' codes, in list order (null for customers without a code). */
  public List<String> codes() {
    return Arrays.stream(indexes).mapToObj(ledger::customerCode).toList();
  }
}
