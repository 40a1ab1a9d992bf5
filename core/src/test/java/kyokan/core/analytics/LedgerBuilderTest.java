package kyokan.core.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LedgerBuilderTest {

  @Test
  void linesWithOneOrderNumberFormOneOrder() {
    Ledger ledger = Sales.of()
        .line("2025-01-05", "A", "X1", "P1", 500)
        .line("2025-01-05", "A", "X1", "P2", 300)
        .line("2025-01-06", "A", "X2", "P1", 200)
        .ledger();

    assertEquals(2, ledger.orderCount());
    assertEquals(ledger.lineOrder(0), ledger.lineOrder(1));
    assertNotEquals(ledger.lineOrder(1), ledger.lineOrder(2));
  }

  @Test
  void linesWithoutOrderNumberFormOneOrderPerCalendarDay() {
    Ledger ledger = Sales.of()
        .line("2025-01-05", "10:00", "A", null, "P1", 500)
        .line("2025-01-05", "15:00", "A", null, "P2", 300)
        .line("2025-01-06", "10:00", "A", null, "P1", 200)
        .ledger();

    assertEquals(2, ledger.orderCount());
    assertEquals(ledger.lineOrder(0), ledger.lineOrder(1));
  }

  @Test
  void twoOrderNumbersOnOneDayAreTwoOrders() {
    Ledger ledger = Sales.of().line("2025-01-05", "A", "X1", "P1", 500).line("2025-01-05", "A", "X2", "P1", 300).ledger();

    assertEquals(2, ledger.orderCount());
  }

  @Test
  void numberedAndUnnumberedLinesOfOneDayAreSeparateOrders() {
    Ledger ledger = Sales.of().line("2025-01-05", "A", "X1", "P1", 500).line("2025-01-05", "A", null, "P1", 300).ledger();

    assertEquals(2, ledger.orderCount());
  }

  @Test
  void anOrderNumberAtTwoCustomersIsTwoOrders() {
    Ledger ledger = Sales.of().line("2025-01-05", "A", "X1", "P1", 500).line("2025-01-05", "B", "X1", "P1", 300).ledger();

    assertEquals(2, ledger.customerCount());
    assertEquals(2, ledger.orderCount());
  }

  @Test
  void anonymousLinesComeLastWithoutCustomerOrOrder() {
    Ledger ledger = Sales.of().line("2025-01-04", null, "W1", "P1", 900).line("2025-01-05", "A", "X1", null, 500).ledger();

    assertEquals(1, ledger.customerCount());
    assertEquals(0, ledger.lineCustomer(0));
    assertEquals(Ledger.NONE, ledger.lineCustomer(1));
    assertEquals(Ledger.NONE, ledger.lineOrder(1));
    assertEquals(Ledger.NONE, ledger.lineProduct(0));
  }

  @Test
  void customersKeepTheirIdsCodesAndNames() {
    Ledger ledger = new LedgerBuilder(1, 1, 4).customer(42, "C042", "佐藤").line(42L,
        java.time.LocalDate.of(2025, 1, 5), null, null, null, 100).build();

    assertEquals(new CustomerRef(0, 42, "C042", "佐藤"), ledger.customer(0));
    assertEquals(0, ledger.customerIndex(42).getAsInt());
    assertEquals(true, ledger.customerIndex(43).isEmpty());
  }

  @Test
  void refusesLinesOutOfLedgerOrder() {
    assertThrows(IllegalArgumentException.class,
        () -> new LedgerBuilder(1, 1, 4).line(1, 100, -1, null, -1, 5).line(1, 99, -1, null, -1, 5));
    assertThrows(IllegalArgumentException.class,
        () -> new LedgerBuilder(1, 1, 4).line(1, 100, 600, null, -1, 5).line(1, 100, 500, null, -1, 5));
    assertThrows(IllegalArgumentException.class,
        () -> new LedgerBuilder(1, 1, 4).line(2, 100, -1, null, -1, 5).line(1, 100, -1, null, -1, 5));
    assertThrows(IllegalArgumentException.class,
        () -> new LedgerBuilder(1, 1, 4).line(-1, 100, -1, null, -1, 5).line(1, 100, -1, null, -1, 5));
  }
}
