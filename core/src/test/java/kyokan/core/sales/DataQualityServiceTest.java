package kyokan.core.sales;

import static kyokan.core.sales.Ledger.QUIET;
import static kyokan.core.sales.Ledger.line;
import static kyokan.core.sales.Ledger.lines;
import static kyokan.core.sales.Ledger.sales;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import kyokan.core.TestDatabase;
import kyokan.core.account.User;
import kyokan.core.client.Client;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hand-made ledger: January with orders by number and by day and anonymous lines, February without
 * sales, March with a refund order and a customer who only ever returned something.
 */
class DataQualityServiceTest {
  @TempDir Path dir;
  private TestDatabase data;
  private User owner;
  private long clientId;

  @BeforeEach
  void open() {
    data = TestDatabase.open(dir);
    User consultant = data.consultant("yamada@example.jp");
    Client client = data.client(consultant, "さくら珈琲店");
    owner = data.clientUser(client, "owner@sakura.example.jp");
    clientId = client.getId();
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void anEmptyLedgerHasNoDatesAndNoRates() {
    DataQuality q = data.dataQuality().figures(clientId);

    assertNull(q.firstSale());
    assertEquals(0, q.lines());
    assertEquals(List.of(), q.months());
    assertNull(q.captureRate());
    assertNull(q.anonymousLineShare());
  }

  @Test
  void figuresOfAHandMadeLedger() {
    CustomerService customers = data.customers();
    customers.create(clientId, Ledger.customer("C1", "山田 太郎", "090-1234-5678", null));
    customers.create(clientId, new CustomerInput("C2", "鈴木 一郎", null, null, "ichiro@example.jp", null, null, null, null, false));
    customers.create(clientId, Ledger.customer("C3", null, null, null));
    customers.create(clientId, Ledger.customer("C4", "ヤマダ タロウ", "09012345678", null));
    data.salesImports().importSales(clientId, sales("q1.csv", 'a'), lines(
        line("2026-01-05", "A1", 1, "C1", "P1", 2, 1000),
        line("2026-01-05", "A1", 2, "C1", "P2", 1, 500),
        line("2026-01-20", null, null, "C1", "P1", 1, 300),
        line("2026-01-20", null, null, "C1", "P2", 1, 200),
        line("2026-01-21", "B7", 1, null, "P1", 1, 800),
        line("2026-01-21", "B7", 2, null, null, 1, 100),
        line("2026-01-22", null, null, null, "P1", 1, 400),
        line("2026-03-02", "A2", 1, "C2", "P1", 1, 600),
        line("2026-03-03", "A3", 1, "C2", "P1", -1, -200),
        line("2026-03-10", "A4", 1, "C3", "P2", -1, -250),
        line("2026-03-15", null, null, null, null, 1, 350)), 0, owner, QUIET);

    DataQuality q = data.dataQuality().figures(clientId);

    assertEquals(LocalDate.of(2026, 1, 5), q.firstSale());
    assertEquals(LocalDate.of(2026, 3, 15), q.lastSale());
    assertEquals(11, q.lines());
    // C1: A1 and the 20th; C2: A2 and A3; C3: A4. Anonymous: B7, and two lines without a number.
    assertEquals(5, q.identifiedOrders());
    assertEquals(3, q.anonymousOrders());
    assertEquals(8, q.orders());
    // C2's A3 and C3's A4 are refunds; C3 never bought anything.
    assertEquals(2, q.customers());
    assertEquals(4, q.customerRecords());
    assertEquals(2, q.productsSold());
    assertEquals(2, q.productRecords());
    assertEquals(3800, q.revenue());
    assertEquals(2150, q.identifiedRevenue());
    assertEquals(1650, q.anonymousRevenue());
    assertEquals(4, q.anonymousLines());
    assertEquals(4.0 / 11, q.anonymousLineShare(), 1e-12);
    assertEquals(1650.0 / 3800, q.anonymousRevenueShare(), 1e-12);
    assertEquals(2150.0 / 3800, q.captureRate(), 1e-12);
    assertEquals(2, q.linesWithoutProduct());
    // C2 refused contact; C3 left no phone, e-mail or address.
    assertEquals(2, q.uncontactableCustomers());
    // C1 and C4 share a phone number.
    assertEquals(1, q.duplicateGroups());
    assertEquals(List.of(
        new MonthlyCapture(YearMonth.of(2026, 1), 7, 3300, 2000),
        new MonthlyCapture(YearMonth.of(2026, 2), 0, 0, 0),
        new MonthlyCapture(YearMonth.of(2026, 3), 4, 500, 150)), q.months());
    assertEquals(2000.0 / 3300, q.months().get(0).captureRate(), 1e-12);
    assertNull(q.months().get(1).captureRate());
    assertEquals(0.3, q.months().get(2).captureRate(), 1e-12);
  }

  @Test
  void mergedCustomersLeaveTheRegisterCounts() {
    Customer kept = data.customers().create(clientId, Ledger.customer("C1", "山田 太郎", "090-1234-5678", null));
    Customer merged = data.customers().create(clientId, Ledger.customer("C2", "山田 太郎", "090-1234-5678", null));
    data.customerMerges().merge(clientId, kept.getId(), merged.getId(), owner);

    DataQuality q = data.dataQuality().figures(clientId);

    assertEquals(1, q.customerRecords());
    assertEquals(0, q.duplicateGroups());
  }
}
