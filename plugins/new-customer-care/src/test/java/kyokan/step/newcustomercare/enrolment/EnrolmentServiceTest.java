package kyokan.step.newcustomercare.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kyokan.core.ValidationException;
import kyokan.core.outreach.Arm;
import kyokan.step.newcustomercare.CareData;
import kyokan.step.newcustomercare.sequence.SequenceStep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who is new, on a real database: the edges of enrolment. */
class EnrolmentServiceTest {
  private static final LocalDate START = LocalDate.of(2026, 4, 1);
  @TempDir Path dir;
  private CareData data;
  private EnrolmentService enrolments;

  @BeforeEach
  void open() {
    data = new CareData(dir);
    enrolments = data.care().enrolments();
    data.care().sequences().save(data.client.getId(), START, 0,
        List.of(new SequenceStep(1, 3, kyokan.core.outreach.Channel.POSTCARD, "{氏名}様", false)), data.consultant.getId());
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void onlyCustomersWhoseFirstPurchaseIsOnOrAfterTheStartAreEnrolledAndOnlyOnce() {
    data.customer("OLD", true).customer("NEW", true).customer("REFUNDED", true).customer("ONLYREFUND", true).customer("NOCONSENT", false);
    data.sale("2026-02-10", "OLD", "O1", 1_000).sale("2026-04-03", "OLD", "O2", 1_000)
        .sale("2026-04-02", "NEW", "N1", 800)
        // A first order fully refunded is no purchase: this customer's first purchase is the one after the start.
        .sale("2026-03-20", "REFUNDED", "R1", 1_200).sale("2026-03-20", "REFUNDED", "R1", -1_200).sale("2026-04-04", "REFUNDED", "R2", 600)
        .sale("2026-04-05", "ONLYREFUND", "X1", 900).sale("2026-04-05", "ONLYREFUND", "X1", -900)
        .sale("2026-04-06", "NOCONSENT", "C1", 700)
        .sale("2026-04-06", null, "ANON1", 5_000).sale("2026-04-07", null, "ANON2", 3_000)
        .importSales();
    data.clock.set(LocalDate.of(2026, 4, 8));
    assertEquals(3, enrolments.enrolNew(data.client.getId(), data.clock.today()));
    Map<String, Enrolment> byCode = enrolled();
    assertEquals(List.of("NEW", "NOCONSENT", "REFUNDED"), byCode.keySet().stream().sorted().toList(),
        "not the customer who bought before the start, not one who only ever had a refund, no anonymous line");
    assertEquals(LocalDate.of(2026, 4, 4), byCode.get("REFUNDED").firstPurchase());
    assertEquals(Arm.CONTACTED, byCode.get("NEW").arm());
    assertEquals(Arm.NO_CONSENT, byCode.get("NOCONSENT").arm(), "counted, never contacted");
    assertEquals(0, enrolments.enrolNew(data.client.getId(), data.clock.today()), "enrolment is idempotent");
  }

  @Test
  void aNewCustomerMergedIntoAnOlderOneIsNotNew() {
    data.customer("KEPT", true).customer("DUP", true);
    data.sale("2025-11-01", "KEPT", "K1", 1_000).sale("2026-04-02", "DUP", "D1", 700).importSales();
    data.merge("KEPT", "DUP");
    data.clock.set(LocalDate.of(2026, 4, 5));
    assertEquals(0, enrolments.enrolNew(data.client.getId(), data.clock.today()),
        "the merged customer's purchase is the kept one's second, and the kept one is not new");
  }

  @Test
  void lastYearsDataImportedAfterTheStartIsNotEnrolledAndLateArrivalsOnlyWhenTheConsultantAsks() {
    data.customer("A", true).customer("LASTYEAR", true).customer("LATE", true);
    data.sale("2026-04-02", "A", "A1", 1_000).importSales();
    data.clock.set(LocalDate.of(2026, 4, 6));
    assertEquals(1, enrolments.enrolNew(data.client.getId(), data.clock.today()));
    // Two months on, the shop imports last year's ledger and a first purchase of April typed in late.
    data.clock.set(LocalDate.of(2026, 6, 10));
    data.sale("2025-05-01", "LASTYEAR", "L1", 2_000).sale("2026-04-10", "LATE", "T1", 900).importSales();
    assertEquals(0, enrolments.enrolNew(data.client.getId(), data.clock.today()));
    assertEquals(List.of(data.byCode("LATE").getId()),
        enrolments.lateArrivals(data.client.getId(), data.clock.today()).stream().map(FirstPurchase::customerId).toList(),
        "last year's customers are not new; April's first purchase is listed as late, not enrolled");
    assertThrows(ValidationException.class, () -> enrolments.enrolLateArrivals(data.client.getId(), data.clock.today(), data.owner));
    assertEquals(1, enrolments.enrolLateArrivals(data.client.getId(), data.clock.today(), data.consultant));
    Enrolment late = enrolled().get("LATE");
    assertTrue(late.late());
    assertEquals(LocalDate.of(2026, 6, 10), late.enrolledOn());
    assertEquals(2, enrolled().size(), "LASTYEAR is never enrolled");
  }

  @Test
  void theHoldoutIsDrawnAtEnrolmentAtTheVersionsShare() {
    data.care().sequences().save(data.client.getId(), START, 50,
        List.of(new SequenceStep(1, 3, kyokan.core.outreach.Channel.POSTCARD, "{氏名}様", false)), data.consultant.getId());
    for (int i = 0; i < 20; i++) data.customer("C" + i, true).sale("2026-04-0" + (1 + i % 9), "C" + i, "S" + i, 500);
    data.importSales();
    data.clock.set(LocalDate.of(2026, 4, 10));
    enrolments.enrolNew(data.client.getId(), data.clock.today());
    Map<Arm, Long> arms = enrolments.enrolments(data.client.getId()).stream()
        .collect(Collectors.groupingBy(Enrolment::arm, Collectors.counting()));
    assertEquals(10L, arms.get(Arm.HELD_OUT), "each customer held out with probability exactly 50 %: 10 of 20");
    assertEquals(10L, arms.get(Arm.CONTACTED));
  }

  private Map<String, Enrolment> enrolled() {
    return enrolments.enrolments(data.client.getId()).stream().collect(Collectors.toMap(
        e -> data.db.read(s -> s.getMapper(kyokan.core.sales.CustomerMapper.class).selectById(data.client.getId(), e.customerId())).getCode(),
        e -> e));
  }
}
