package kyokan.core.analytics;

import static kyokan.core.analytics.Sales.customer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CustomerSnapshotTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

  @Test
  void aggregatesPurchasesUpToTheAsOfDate() {
    Ledger ledger = Sales.of()
        .line("2024-06-10", "A", "1", "P", 3_000)
        .line("2024-09-08", "A", "2", "P", 5_000)
        .line("2025-03-15", "A", "3", "P", 2_000)
        .ledger();
    CustomerSnapshot s = CustomerSnapshot.of(ledger, AS_OF);
    int a = customer(ledger, "A");

    assertEquals(1, s.customerCount());
    assertEquals(3, s.purchases(a));
    assertEquals(LocalDate.of(2024, 6, 10), s.firstPurchase(a));
    assertEquals(LocalDate.of(2024, 9, 8), s.secondPurchase(a));
    assertEquals(LocalDate.of(2025, 3, 15), s.lastPurchase(a));
    assertEquals(10_000, s.amount(a));
    assertEquals(278, s.tenureDays(a));
    assertEquals(16, s.recencyDays(a));
  }

  @Test
  void aCodeWithOnlyRefundsIsNotACustomer() {
    Ledger ledger = Sales.of().line("2025-01-10", "R", null, "P", -1_000).line("2025-01-11", "R", "9", "P", 0).ledger();
    CustomerSnapshot s = CustomerSnapshot.of(ledger, AS_OF);

    assertEquals(0, s.customerCount());
    assertFalse(s.isCustomer(0));
    assertNull(s.firstPurchase(0));
    assertThrows(IllegalArgumentException.class, () -> s.tenureDays(0));
    assertTrue(s.customers().isEmpty());
  }

  @Test
  void aFullyRefundedOrderIsNoPurchaseButItsLinesCountInTheAmount() {
    Ledger ledger = Sales.of()
        .line("2025-02-01", "B", "B1", "P", 4_000)
        .line("2025-02-03", "B", "B1", "P", -4_000)
        .line("2025-02-10", "B", "B2", "P", 1_000)
        .line("2025-02-12", "B", "B3", "P", -300)
        .ledger();
    CustomerSnapshot s = CustomerSnapshot.of(ledger, AS_OF);

    assertEquals(1, s.purchases(0));
    assertEquals(LocalDate.of(2025, 2, 10), s.firstPurchase(0));
    assertEquals(LocalDate.of(2025, 2, 10), s.lastPurchase(0));
    assertEquals(700, s.amount(0));
  }

  @Test
  void anAsOfDateInTheMiddleIgnoresLaterLines() {
    Ledger ledger = Sales.of()
        .line("2025-02-01", "B", "B1", "P", 4_000)
        .line("2025-02-03", "B", "B1", "P", -4_000)
        .line("2025-02-10", "B", "B2", "P", 1_000)
        .line("2025-02-20", "C", "C1", "P", 500)
        .ledger();
    CustomerSnapshot s = CustomerSnapshot.of(ledger, LocalDate.of(2025, 2, 2));

    // On 2 February the refund had not happened: B1 was a purchase then.
    assertEquals(1, s.customerCount());
    assertEquals(1, s.purchases(0));
    assertEquals(4_000, s.amount(0));
    assertEquals(LocalDate.of(2025, 2, 1), s.lastPurchase(0));
    assertFalse(s.isCustomer(customer(ledger, "C")));
  }

  @Test
  void ordersWithoutNumbersFallBackToCalendarDays() {
    Ledger ledger = Sales.of()
        .line("2025-03-01", "09:00", "A", null, "P", 1_000)
        .line("2025-03-01", "17:00", "A", null, "P", -1_000)
        .line("2025-03-02", "A", null, "P", 800)
        .line("2025-03-02", "A", null, "P", 200)
        .ledger();
    CustomerSnapshot s = CustomerSnapshot.of(ledger, AS_OF);

    // 1 March nets to zero (no purchase); 2 March is one order of 1,000.
    assertEquals(1, s.purchases(0));
    assertEquals(LocalDate.of(2025, 3, 2), s.firstPurchase(0));
    assertEquals(1_000, s.amount(0));
  }

  @Test
  void twoSeparateOrdersOnOneDayAreTwoPurchases() {
    Ledger ledger = Sales.of().line("2025-03-05", "A", "1", "P", 500).line("2025-03-05", "A", "2", "P", 700).ledger();
    CustomerSnapshot s = CustomerSnapshot.of(ledger, AS_OF);

    assertEquals(2, s.purchases(0));
    assertEquals(LocalDate.of(2025, 3, 5), s.secondPurchase(0));
    assertEquals(0, s.tenureDays(0));
  }

  @Test
  void theFirstOrderIsTheEarliestByDateThenTimeThenOrderNumber() {
    Ledger ledger = Sales.of()
        // T: the 10:00 order is first although its number sorts later.
        .line("2025-03-05", "10:00", "T", "Z9", "P", 100)
        .line("2025-03-05", "11:00", "T", "A1", "P", 700)
        .line("2025-03-05", "T", "M5", "P", 300)
        // U: same time, so the order number decides.
        .line("2025-03-06", "12:00", "U", "B2", "P", 200)
        .line("2025-03-06", "12:00", "U", "A7", "P", 900)
        // V: a line with a time comes before one without.
        .line("2025-03-07", "V", "A1", "P", 500)
        .line("2025-03-07", "09:00", "V", "B1", "P", 50)
        .ledger();
    CustomerSnapshot s = CustomerSnapshot.of(ledger, AS_OF);

    assertEquals(100 + 900 + 50, s.newRevenue);
  }

  @Test
  void anonymousLinesMakeNoCustomer() {
    Ledger ledger = Sales.of().line("2025-03-05", null, "1", "P", 500).line("2025-03-05", null, null, "P", 700).ledger();
    CustomerSnapshot s = CustomerSnapshot.of(ledger, AS_OF);

    assertEquals(0, ledger.customerCount());
    assertEquals(0, s.customerCount());
    assertEquals(1_200, ledger.revenue(Days.of(AS_OF) - 30, Days.of(AS_OF)));
    assertEquals(0, ledger.identifiedRevenue(Days.of(AS_OF) - 30, Days.of(AS_OF)));
  }
}
