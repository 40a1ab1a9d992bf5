package kyokan.step.viptreatment.retention;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CpmCell;
import kyokan.core.analytics.Ledger;
import kyokan.core.outreach.stats.Proportion;
import kyokan.core.outreach.stats.ResponseComparison;
import kyokan.core.segmentation.SegmentationService;
import kyokan.core.step.CoreServices;
import kyokan.step.viptreatment.common.VipServices;
import kyokan.step.viptreatment.roster.Pick;
import kyokan.step.viptreatment.roster.Roster;
import kyokan.step.viptreatment.roster.RosterRule;
import kyokan.step.viptreatment.roster.VipRoster;
import kyokan.step.viptreatment.treatments.Treatment;

/**
 * VIP retention month by month on the shop's own roster (rule and picks), and the observational comparison of
 * the last month: last month's VIPs treated in the {@value #TREATED_DAYS} days up to that month end against those
 * not, by the share still VIP now — with Newcombe's interval for the difference. Nothing assigned who was treated,
 * so a difference is not proof that treatment kept anyone.
 */
public record RosterRetention(List<RetentionMonth> months, Comparison comparison) {
  public static final int TREATED_DAYS = 90;

  /** Treated vs not among the VIPs at {@code from}, by still being VIP at {@code to}. */
  public record Comparison(LocalDate from, LocalDate to, ResponseComparison result) {}

  /** The {@code count} months up to {@code last} (each needs the month before it). */
  public static RosterRetention of(CoreServices services, long clientId, YearMonth last, int count) {
    VipRoster service = VipServices.roster(services);
    RosterRule rule = service.rule(clientId);
    List<Pick> picks = service.picks(clientId);
    SegmentationService segmentation = services.get(SegmentationService.class);
    Ledger ledger = services.get(AnalyticsService.class).ledger(clientId);
    YearMonth first = last.minusMonths(count - 1L);
    long[][] revenue = revenueByMonth(ledger, first, count);
    Roster before = service.of(clientId, first.minusMonths(1).atEndOfMonth(), rule, picks);
    List<RetentionMonth> months = new ArrayList<>();
    Roster previous = before;
    Roster latest = before;
    for (int k = 0; k < count; k++) {
      YearMonth month = first.plusMonths(k);
      Roster now = service.of(clientId, month.atEndOfMonth(), rule, picks);
      var cells = segmentation.cells(clientId, month.atEndOfMonth());
      Set<Long> nowIds = now.ids();
      int still = 0;
      int lapsed = 0;
      for (var m : previous.members()) {
        if (nowIds.contains(m.customerId())) still++;
        OptionalInt c = ledger.customerIndex(m.customerId());
        if (c.isPresent() && cells.cellOf(c.getAsInt()).map(CpmCell::isLapsed).orElse(false)) lapsed++;
      }
      long vipRevenue = 0;
      long identified = 0;
      for (int c = 0; c < ledger.customerCount(); c++) {
        identified += revenue[k][c];
        if (nowIds.contains(ledger.customerId(c))) vipRevenue += revenue[k][c];
      }
      months.add(new RetentionMonth(month, previous.members().size(), still, lapsed, now.members().size(), vipRevenue, identified));
      before = previous;
      previous = now;
      latest = now;
    }
    Map<Long, List<LocalDate>> treated = treatedOn(services, clientId);
    return new RosterRetention(List.copyOf(months), compare(before, latest, treated));
  }

  private static Comparison compare(Roster from, Roster to, Map<Long, List<LocalDate>> treated) {
    LocalDate since = from.asOf().minusDays(TREATED_DAYS - 1L);
    int treatedN = 0, treatedKept = 0, otherN = 0, otherKept = 0;
    for (var m : from.members()) {
      boolean t = treated.getOrDefault(m.customerId(), List.of()).stream()
          .anyMatch(d -> !d.isBefore(since) && !d.isAfter(from.asOf()));
      boolean kept = to.contains(m.customerId());
      if (t) { treatedN++; if (kept) treatedKept++; } else { otherN++; if (kept) otherKept++; }
    }
    if (treatedN == 0 || otherN == 0) return new Comparison(from.asOf(), to.asOf(), null);
    return new Comparison(from.asOf(), to.asOf(),
        ResponseComparison.of(new Proportion(treatedKept, treatedN), new Proportion(otherKept, otherN)));
  }

  private static Map<Long, List<LocalDate>> treatedOn(CoreServices services, long clientId) {
    Map<Long, List<LocalDate>> on = new java.util.HashMap<>();
    for (Treatment t : VipServices.treatments(services).between(clientId, LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31))) {
      on.computeIfAbsent(t.getCustomerId(), k -> new ArrayList<>()).add(t.getTreatedOn());
    }
    return on;
  }

  // One pass over the lines: each identified line's amount to its customer in its month.
  private static long[][] revenueByMonth(Ledger ledger, YearMonth first, int count) {
    long[][] revenue = new long[count][ledger.customerCount()];
    for (int line = 0; line < ledger.lineCount(); line++) {
      int c = ledger.lineCustomer(line);
      if (c == Ledger.NONE) continue;
      LocalDate d = ledger.lineDate(line);
      int k = (d.getYear() - first.getYear()) * 12 + d.getMonthValue() - first.getMonthValue();
      if (k >= 0 && k < count) revenue[k][c] += ledger.lineAmount(line);
    }
    return revenue;
  }
}
