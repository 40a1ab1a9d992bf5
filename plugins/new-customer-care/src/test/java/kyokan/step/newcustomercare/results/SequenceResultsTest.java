package kyokan.step.newcustomercare.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kyokan.core.outreach.Arm;
import kyokan.core.outreach.Channel;
import kyokan.core.outreach.stats.NewcombeInterval;
import kyokan.core.outreach.stats.Proportion;
import kyokan.step.newcustomercare.CareData;
import kyokan.step.newcustomercare.enrolment.Enrolment;
import kyokan.step.newcustomercare.sequence.SequenceStep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * F2 per arm on a real database: each customer's outcome is fixed by hand, so each arm's figures are the sum of its
 * members' outcomes whichever way the seeded draw fell; windows not yet passed are left out.
 */
class SequenceResultsTest {
  @TempDir Path dir;
  private CareData data;
  private long clientId;

  @BeforeEach
  void open() {
    data = new CareData(dir);
    clientId = data.client.getId();
    data.care().sequences().save(clientId, LocalDate.of(2026, 1, 1), 50,
        List.of(new SequenceStep(1, 3, Channel.POSTCARD, "{氏名}様", false)), data.consultant.getId());
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void onlyCustomersWhoseWindowHasPassedCountAndEachArmIsTheSumOfItsMembers() {
    // Data runs through 2026-05-31: a first purchase on or before 2026-03-02 has its 90-day window passed.
    String[][] customers = {
        {"A", "2026-01-05", "2026-02-01", "1000"},   // second purchase within 90 days
        {"B", "2026-01-10", "2026-04-20", "2000"},   // second purchase after 100 days: within 180 only
        {"C", "2026-01-15", null, null},             // never came back
        {"D", "2026-02-01", "2026-02-01", "500"},    // a separate order the same day counts
        {"E", "2026-02-20", "2026-03-01", "-300"},   // only a refund after: no second purchase
        {"F", "2026-03-01", "2026-03-10", "700"},    // window ends 2026-05-30: passed
        {"G", "2026-03-05", "2026-03-06", "900"},    // window ends 2026-06-03: not passed, left out
    };
    for (String[] c : customers) {
      data.customer(c[0], true).sale(c[1], c[0], c[0] + "1", 1_000);
      if (c[2] != null) data.sale(c[2], c[0], c[0] + "2", Long.parseLong(c[3]));
    }
    data.sale("2026-05-31", null, "ANON", 100).importSales();
    for (LocalDate d = LocalDate.of(2026, 1, 6); !d.isAfter(LocalDate.of(2026, 3, 6)); d = d.plusDays(7)) {
      data.clock.set(d);
      data.care().enrolments().enrolNew(clientId, d);
    }
    data.care().enrolments().enrolNew(clientId, LocalDate.of(2026, 3, 6));
    data.clock.set(LocalDate.of(2026, 6, 1));
    CareResult r = data.care().results().of(clientId, data.clock.today()).orElseThrow();
    assertEquals(LocalDate.of(2026, 5, 31), r.dataThrough());
    Map<String, Arm> arms = data.care().enrolments().enrolments(clientId).stream().collect(Collectors.toMap(
        (Enrolment e) -> data.db.read(s -> s.getMapper(kyokan.core.sales.CustomerMapper.class).selectById(clientId, e.customerId())).getCode(),
        Enrolment::arm));
    int[] contacted = new int[3];
    int[] held = new int[3];
    Map<String, int[]> outcome = Map.of("A", new int[] {1, 1000}, "B", new int[] {0, 0}, "C", new int[] {0, 0},
        "D", new int[] {1, 500}, "E", new int[] {0, -300}, "F", new int[] {1, 700});
    for (var e : outcome.entrySet()) {
      int[] t = arms.get(e.getKey()) == Arm.CONTACTED ? contacted : held;
      t[0]++;
      t[1] += e.getValue()[0];
      t[2] += e.getValue()[1];
    }
    WindowResult w = r.within90();
    assertEquals(contacted[0], w.contacted(), "G's window has not passed");
    assertEquals(held[0], w.heldOut());
    assertEquals(contacted[1], w.contactedSecond());
    assertEquals(held[1], w.heldOutSecond());
    assertEquals(contacted[2], w.contactedRevenue());
    assertEquals(held[2], w.heldOutRevenue());
    assertEquals(7, r.contacted() + r.heldOut());
    if (w.contacted() > 0 && w.heldOut() > 0) {
      var expected = NewcombeInterval.of(new Proportion(contacted[1], contacted[0]), new Proportion(held[1], held[0]));
      assertEquals(expected.interval(), w.f2().orElseThrow().difference().interval(), "step 4's Newcombe interval");
    }
    assertEquals(0, r.within180().contacted() + r.within180().heldOut(),
        "a 180-day window has passed only for a first purchase on or before 2025-12-02: none here");
    assertTrue(r.within180().f2().isEmpty());
  }

  @Test
  void theBeforeAfterMonthsRunFromAYearBeforeTheStartToTheLastMonthWhoseWindowHasPassed() {
    data.customer("X", true).sale("2025-06-10", "X", "X1", 1_000).sale("2025-07-01", "X", "X2", 1_000)
        .customer("Y", true).sale("2025-06-20", "Y", "Y1", 1_000)
        .sale("2026-05-31", null, "ANON", 100).importSales();
    CareResult r = data.care().results().of(clientId, LocalDate.of(2026, 6, 1)).orElseThrow();
    assertEquals(java.time.YearMonth.of(2025, 1), r.months().get(0).month());
    assertEquals(java.time.YearMonth.of(2026, 2), r.months().get(r.months().size() - 1).month(),
        "February's last first-timers reach 90 days on 31 May; March's do not");
    MonthF2 june = r.months().stream().filter(m -> m.month().equals(java.time.YearMonth.of(2025, 6))).findFirst().orElseThrow();
    assertEquals(2, june.firstTimers());
    assertEquals(1, june.secondBuyers());
    assertTrue(!june.after() && r.months().get(r.months().size() - 1).after());
  }
}
