package kyokan.step.viptreatment.atrisk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import kyokan.core.prediction.CustomerValueService;
import kyokan.core.prediction.CustomerValues;
import kyokan.core.step.CoreServices;
import kyokan.step.viptreatment.common.VipServices;
import kyokan.step.viptreatment.roster.Roster;
import kyokan.step.viptreatment.roster.RosterMember;

/**
 * The roster as of a month end with each VIP's figures from core's {@link CustomerValueService} (rhythm, at-risk
 * flag, P(alive), expected orders, predicted value) and their latest treatment: what the at-risk list, the
 * untreated list, the alerts, the agenda and the report read.
 */
public record VipWatch(Roster roster, CustomerValues values, List<VipStatus> vips) {

  public static VipWatch of(CoreServices services, long clientId, LocalDate asOf) {
    Roster roster = VipServices.roster(services).of(clientId, asOf);
    CustomerValues values = services.get(CustomerValueService.class).values(clientId, asOf);
    Map<Long, LocalDate> treated = VipServices.treatments(services).lastTreated(clientId);
    List<VipStatus> vips = new ArrayList<>();
    for (RosterMember m : roster.members()) {
      values.customer(m.customerId()).ifPresent(v -> vips.add(new VipStatus(m, v, treated.get(m.customerId()))));
    }
    return new VipWatch(roster, values, List.copyOf(vips));
  }

  /** The VIPs at risk, the longest overdue by their own rhythm first. */
  public List<VipStatus> atRisk() {
    return vips.stream().filter(s -> s.value().atRisk())
        .sorted(Comparator.comparingDouble(VipWatch::overdue).reversed()).toList();
  }

  /** The VIPs without a treatment in the {@code days} days up to {@code today}, never-treated first. */
  public List<VipStatus> untreated(LocalDate today, int days) {
    LocalDate since = today.minusDays(days - 1L);
    return vips.stream().filter(s -> s.lastTreated() == null || s.lastTreated().isBefore(since))
        .sorted(Comparator.comparing(VipStatus::lastTreated, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
  }

  /** Days since the last order as a multiple of the rhythm. */
  static double overdue(VipStatus s) {
    double gap = s.value().medianGapDays().orElse(1);
    return s.value().daysSinceLastOrder() / Math.max(gap, 1);
  }
}
