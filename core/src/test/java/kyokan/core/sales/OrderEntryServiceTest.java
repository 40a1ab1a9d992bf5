package kyokan.core.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import kyokan.core.TestDatabase;
import kyokan.core.ValidationException;
import kyokan.core.account.User;
import kyokan.core.client.Client;
import kyokan.core.sales.NewOrder.NewOrderLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderEntryServiceTest {
  private static final LocalDate DAY = LocalDate.of(2026, 4, 10);

  @TempDir Path dir;
  private TestDatabase data;
  private OrderEntryService orders;
  private long clientId;
  private Customer taro;
  private Product blend;
  private Product cake;

  @BeforeEach
  void open() {
    data = TestDatabase.open(dir);
    orders = data.orderEntry();
    User consultant = data.consultant("yamada@example.jp");
    Client client = data.client(consultant, "さくら珈琲店");
    clientId = client.getId();
    taro = data.customers().create(clientId, Ledger.customer(null, "山田 太郎", null, null));
    blend = data.products().create(clientId, new ProductInput(null, "ブレンド", 500L));
    cake = data.products().create(clientId, new ProductInput(null, "ケーキ", 450L));
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void anOrderIsStoredAsNumberedLinesOfTheCustomer() {
    long version = data.ledgerVersion().current(clientId);

    List<SaleLine> stored = orders.record(clientId, new NewOrder(DAY, LocalTime.of(14, 5), " 1001 ", taro.getId(),
        List.of(new NewOrderLine(blend.getId(), 2, 1000), new NewOrderLine(cake.getId(), 1, 450))));

    assertEquals(2, stored.size());
    assertEquals(List.of(1, 2), stored.stream().map(SaleLine::getLineNo).toList());
    assertEquals(List.of("ブレンド", "ケーキ"), stored.stream().map(SaleLine::getProductName).toList());
    assertEquals("1001", stored.get(0).getOrderNo());
    assertEquals(LocalTime.of(14, 5), stored.get(0).getSaleTime());
    assertNull(stored.get(0).getImportId());
    Page<SaleLine> sales = data.customers().salesOf(clientId, taro.getId(), 1, 10);
    assertEquals(2, sales.total());
    assertEquals(1450, sales.items().stream().mapToLong(SaleLine::getAmount).sum());
    assertEquals(version + 1, data.ledgerVersion().current(clientId));
  }

  @Test
  void anAnonymousOrderNeedsNoNumberAndMayHaveLinesWithoutProductOrAReturn() {
    List<SaleLine> stored = orders.record(clientId, new NewOrder(DAY, null, null, null,
        List.of(new NewOrderLine(null, 1, 300), new NewOrderLine(blend.getId(), -1, -500))));

    assertNull(stored.get(0).getCustomerId());
    assertNull(stored.get(0).getProductId());
    assertEquals(-500, stored.get(1).getAmount());
    assertEquals(2, orders.recentLines(clientId, 1, 10).total());
  }

  @Test
  void anOrderWithoutDateOrLinesIsRefused() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> orders.record(clientId, new NewOrder(null, null, null, null, List.of())));

    assertEquals(Map.of("date", "error.required", "lines", "error.sales.order.noLines"), e.problems());
  }

  @Test
  void aLineWithoutQuantityIsRefused() {
    ValidationException e = assertThrows(ValidationException.class, () -> orders.record(clientId,
        new NewOrder(DAY, null, null, null, List.of(new NewOrderLine(blend.getId(), 1, 500), new NewOrderLine(cake.getId(), 0, 450)))));

    assertEquals(Map.of("lines[1].quantity", "error.sales.quantity.zero"), e.problems());
    assertEquals(0, orders.recentLines(clientId, 1, 10).total());
  }

  @Test
  void anOrderNumberAlreadyInTheLedgerIsRefused() {
    orders.record(clientId, new NewOrder(DAY, null, "1001", null, List.of(new NewOrderLine(blend.getId(), 1, 500))));

    ValidationException e = assertThrows(ValidationException.class, () ->
        orders.record(clientId, new NewOrder(DAY, null, "1001", null, List.of(new NewOrderLine(cake.getId(), 1, 450)))));

    assertEquals(Map.of("orderNo", "error.sales.order.numberTaken"), e.problems());
    assertEquals(1, orders.recentLines(clientId, 1, 10).total());
  }

  @Test
  void unknownCustomersAndProductsAreRefused() {
    ValidationException e = assertThrows(ValidationException.class, () -> orders.record(clientId,
        new NewOrder(DAY, null, null, 999_999L, List.of(new NewOrderLine(999_998L, 1, 500)))));

    assertEquals(Map.of("customerId", "error.sales.customer.unknown", "lines[0].productId", "error.sales.product.unknown"),
        e.problems());
  }

  @Test
  void linesAreListedByDayAndTimeNewestFirstWithEachOrdersLinesInTheirOrder() {
    User owner = data.consultant("owner@example.jp");
    data.salesImports().importSales(clientId, Ledger.sales("april.csv", 'a'), Ledger.lines(
        timed("2026-04-01", "10:00", "A1", 1), timed("2026-04-01", "10:00", "A1", 2),
        timed("2026-04-01", "15:00", "A2", 2), timed("2026-04-01", "15:00", "A2", 1),
        timed("2026-04-01", null, "A3", 1), timed("2026-04-02", "09:00", "B1", 1),
        timed("2026-04-01", "15:00", "A0", 1)), 0, owner, Ledger.QUIET);
    // On one day: the line without a time first (Derby sorts an unknown time as the latest), then the
    // latest time; at one time, order numbers from the highest; within an order, line 1 first.
    List<String> expected = List.of("B1#1", "A3#1", "A2#1", "A2#2", "A0#1", "A1#1", "A1#2");

    assertEquals(expected, labels(orders.recentLines(clientId, 1, 10).items()));
    assertEquals(expected.subList(3, 6), labels(orders.recentLines(clientId, 2, 3).items()));
    long customer = data.customers().list(clientId, "C1", 1, 10).items().get(0).getId();
    assertEquals(expected, labels(data.customers().salesOf(clientId, customer, 1, 10).items()));
  }

  private static SaleLineInput timed(String date, String time, String orderNo, int lineNo) {
    return new SaleLineInput(LocalDate.parse(date), time == null ? null : LocalTime.parse(time), orderNo, lineNo, "C1",
        null, "P1", null, 1, 100);
  }

  private static List<String> labels(List<SaleLine> lines) {
    return lines.stream().map(l -> l.getOrderNo() + "#" + l.getLineNo()).toList();
  }

  @Test
  void recentLinesArePagedNewestFirst() {
    for (int day = 1; day <= 5; day++) {
      orders.record(clientId, new NewOrder(LocalDate.of(2026, 4, day), null, null, null, List.of(new NewOrderLine(null, 1, day * 100))));
    }

    Page<SaleLine> second = orders.recentLines(clientId, 2, 2);

    assertEquals(5, second.total());
    assertEquals(3, second.pageCount());
    assertEquals(List.of(300L, 200L), second.items().stream().map(SaleLine::getAmount).toList());
  }
}
