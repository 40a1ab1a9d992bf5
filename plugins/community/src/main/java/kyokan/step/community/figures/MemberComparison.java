package kyokan.step.community.figures;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import kyokan.core.analytics.CpmCell;
import kyokan.core.analytics.CustomerOrders;
import kyokan.core.analytics.Ledger;
import kyokan.step.community.club.Member;
import kyokan.step.community.common.CellsNow;

/**
 * Members against non-members who were in the same cell when the member joined (observational: joining is a
 * choice). Each member is one stratum's weight: for a member who joined on J, cell c at the month end before J,
 * the non-members in c then are followed over the same months from J. Non-members' figures are the strata's
 * averages weighted by their members (direct standardisation), so the groups compare like with like by cell.
 * Per month k = 1…6 after joining: the share with a purchase in days 30(k−1)+1 … 30k; over 180 days: the share
 * with any purchase (repeat rate) and revenue per person. Only members whose window is within the data count.
 * Members with no purchase before joining have no cell and are counted apart.
 */
public record MemberComparison(int members, int withoutCell, double[] memberMonthly, double[] otherMonthly,
    int[] monthlyMembers, double memberRepeat, double otherRepeat, long memberRevenue, long otherRevenue, int repeatMembers) {
  public static final int MONTHS = 6, DAYS = 30;

  public static MemberComparison of(Ledger ledger, List<Member> club, Function<LocalDate, CellsNow> cellsAt) {
    LocalDate last = ledger.lastSale().orElse(LocalDate.MIN);
    Set<Long> memberIds = new HashSet<>();
    for (Member m : club) memberIds.add(m.getCustomerId());
    Map<LocalDate, CellsNow> cellsCache = new HashMap<>();
    double[] mm = new double[MONTHS], om = new double[MONTHS];
    int[] mn = new int[MONTHS];
    double mRepeat = 0, oRepeat = 0, mRev = 0, oRev = 0;
    int repeatN = 0, withoutCell = 0;
    for (Member m : club) {
      LocalDate joined = m.getJoinedOn();
      LocalDate asOf = joined.withDayOfMonth(1).minusDays(1);
      CellsNow cells = cellsCache.computeIfAbsent(asOf, cellsAt);
      Optional<CpmCell> cell = cells.cellOf(m.getCustomerId());
      OptionalInt index = ledger.customerIndex(m.getCustomerId());
      if (cell.isEmpty() || index.isEmpty()) {
        withoutCell++;
        continue;
      }
      int[] peers = peers(ledger, cells, cell.get(), memberIds);
      for (int k = 0; k < MONTHS; k++) {
        LocalDate from = joined.plusDays((long) DAYS * k + 1), to = joined.plusDays((long) DAYS * (k + 1));
        if (to.isAfter(last) || peers.length == 0) continue;
        mn[k]++;
        mm[k] += bought(ledger, index.getAsInt(), from, to) ? 1 : 0;
        om[k] += share(ledger, peers, from, to);
      }
      LocalDate from = joined.plusDays(1), to = joined.plusDays((long) DAYS * MONTHS);
      if (to.isAfter(last) || peers.length == 0) continue;
      repeatN++;
      CustomerOrders.Window w = CustomerOrders.between(ledger, index.getAsInt(), from, to);
      mRepeat += w.purchases() > 0 ? 1 : 0;
      mRev += w.netAmount();
      double[] peerFigures = repeatAndRevenue(ledger, peers, from, to);
      oRepeat += peerFigures[0];
      oRev += peerFigures[1];
    }
    for (int k = 0; k < MONTHS; k++) {
      if (mn[k] > 0) {
        mm[k] /= mn[k];
        om[k] /= mn[k];
      }
    }
    return new MemberComparison(club.size(), withoutCell, mm, om, mn, repeatN == 0 ? 0 : mRepeat / repeatN,
        repeatN == 0 ? 0 : oRepeat / repeatN, repeatN == 0 ? 0 : Math.round(mRev / repeatN),
        repeatN == 0 ? 0 : Math.round(oRev / repeatN), repeatN);
  }

  private static int[] peers(Ledger ledger, CellsNow cells, CpmCell cell, Set<Long> members) {
    return java.util.stream.IntStream.range(0, ledger.customerCount())
        .filter(c -> !members.contains(ledger.customerId(c)) && cells.cells().cellOf(c).filter(cell::equals).isPresent())
        .toArray();
  }

  private static boolean bought(Ledger ledger, int c, LocalDate from, LocalDate to) {
    return CustomerOrders.between(ledger, c, from, to).purchases() > 0;
  }

  private static double share(Ledger ledger, int[] peers, LocalDate from, LocalDate to) {
    int n = 0;
    for (int c : peers) if (bought(ledger, c, from, to)) n++;
    return (double) n / peers.length;
  }

  private static double[] repeatAndRevenue(Ledger ledger, int[] peers, LocalDate from, LocalDate to) {
    double buyers = 0, revenue = 0;
    for (int c : peers) {
      CustomerOrders.Window w = CustomerOrders.between(ledger, c, from, to);
      if (w.purchases() > 0) buyers++;
      revenue += w.netAmount();
    }
    return new double[] {buyers / peers.length, revenue / peers.length};
  }
}
