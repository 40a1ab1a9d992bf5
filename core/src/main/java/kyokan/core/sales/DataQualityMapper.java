package kyokan.core.sales;

import java.util.List;

public interface DataQualityMapper {
  /** Totals per calendar month that has sales, oldest first. */
  List<LedgerMonth> selectMonths(long clientId);

  /** Identified orders and customers with a purchase (the other counts stay 0). */
  LedgerCounts selectOrders(long clientId);

  /** Every count but the identified orders and customers. */
  LedgerCounts selectCounts(long clientId);
}
