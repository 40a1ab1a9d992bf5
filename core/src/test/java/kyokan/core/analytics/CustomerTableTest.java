package kyokan.core.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Drill-down tables sort by any column, break ties by customer code, and page. */
class CustomerTableTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

  private final CustomerSnapshot s = CustomerSnapshot.of(Sales.of()
      .line("2025-03-01", "C", "c1", "P", 3_000)
      .line("2024-01-10", "A", "a1", "P", 1_000).line("2025-01-10", "A", "a2", "P", 2_000)
      .line("2025-02-01", "B", "b1", "P", 3_000)
      .ledger(), AS_OF);
  private final CpmCells cells = MonthReport.of(s, CpmThresholds.DEFAULTS).cpm();
  private final CustomerTable table = CustomerTable.of(s, cells, s.customers());

  @Test
  void rowsCarryTheCustomersAggregates() {
    CustomerTable.Row a = table.row(0);
    assertEquals("A", a.customer().code());
    assertEquals(LocalDate.of(2024, 1, 10), a.firstPurchase());
    assertEquals(LocalDate.of(2025, 1, 10), a.lastPurchase());
    assertEquals(2, a.purchases());
    assertEquals(3_000, a.amount());
    assertEquals(2_000, a.windowAmount());
    assertEquals(80, a.recencyDays());
    assertEquals(CpmCell.STEADY, a.cell());
  }

  @Test
  void sortsByAColumnWithTiesByCode() {
    assertEquals(List.of("A", "B", "C"), codes(table.sortedBy(CustomerTable.Column.AMOUNT, true)));
    assertEquals(List.of("A", "B", "C"), codes(table.sortedBy(CustomerTable.Column.AMOUNT, false)));
    assertEquals(List.of("C", "B", "A"), codes(table.sortedBy(CustomerTable.Column.RECENCY, false)));
    assertEquals(List.of("A", "B", "C"), codes(table.sortedBy(CustomerTable.Column.RECENCY, true)));
    assertEquals(List.of("A", "B", "C"), codes(table.sortedBy(CustomerTable.Column.PURCHASES, true)));
    assertEquals(List.of("B", "C", "A"), codes(table.sortedBy(CustomerTable.Column.PURCHASES, false)));
    assertEquals(List.of("C", "B", "A"), codes(table.sortedBy(CustomerTable.Column.CODE, true)));
  }

  @Test
  void pagesStopAtTheEnd() {
    assertEquals(2, table.rows(1, 50).size());
    assertEquals(0, table.rows(3, 50).size());
    assertEquals("B", table.rows(1, 1).get(0).customer().code());
  }

  private static List<String> codes(CustomerTable t) {
    return t.rows(0, t.size()).stream().map(r -> r.customer().code()).toList();
  }
}
