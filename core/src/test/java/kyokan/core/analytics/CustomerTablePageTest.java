package kyokan.core.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A drill-down page: clamped to the table, its links keep the list's address and add sort, order and page. */
class CustomerTablePageTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

  @Test
  void pagesAreClampedAndLinksCarryTheSort() {
    Sales sales = Sales.of();
    for (int i = 0; i < 120; i++) sales.line(AS_OF.minusDays(1), String.format("C%03d", i), "o" + i, "P", 100 + i);
    CustomerSnapshot s = CustomerSnapshot.of(sales.ledger(), AS_OF);
    CustomerTable table = CustomerTable.of(s, MonthReport.of(s, CpmThresholds.DEFAULTS).cpm(), s.customers())
        .sortedBy(CustomerTable.Column.AMOUNT, true);

    CustomerTablePage last = CustomerTablePage.of(table, "/l?month=2025-03", CustomerTable.Column.AMOUNT, true, "9");
    assertEquals(3, last.page());
    assertEquals(3, last.pageCount());
    assertEquals(20, last.rows().size());
    assertEquals(1, CustomerTablePage.of(table, "/l?month=2025-03", CustomerTable.Column.AMOUNT, true, "x").page());
    assertEquals(1, CustomerTablePage.of(table, "/l?month=2025-03", CustomerTable.Column.AMOUNT, true, null).page());
    assertEquals("/l?month=2025-03&sort=amount&desc=false", last.sortLink(CustomerTable.Column.AMOUNT));
    assertEquals("/l?month=2025-03&sort=code&desc=false", last.sortLink(CustomerTable.Column.CODE));
    assertEquals("/l?month=2025-03&sort=recency&desc=true", last.sortLink(CustomerTable.Column.RECENCY));
    assertEquals("/l?month=2025-03&sort=amount&desc=true&page=2", last.pageLink(2));
    assertEquals("/l/export?month=2025-03&sort=amount&desc=true&encoding=sjis", last.exportLink("sjis"));
    assertEquals(" ▼", last.arrow(CustomerTable.Column.AMOUNT));
    assertEquals("", last.arrow(CustomerTable.Column.CODE));
  }
}
