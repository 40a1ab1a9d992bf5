package kyokan.step.viptreatment.treatments;

import java.time.LocalDate;
import java.util.List;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.step.StepView;
import kyokan.step.viptreatment.atrisk.VipStatus;
import kyokan.step.viptreatment.common.StepPaths;

/** The VIPs not treated in the rule's days, and the treatments of the last 12 months with their cost. */
public record TreatmentsPage(StepView view, FigureFormat format, LocalDate asOf, LocalDate today, int days,
    List<VipStatus> untreated, List<Treatment> log) {

  public String karte(long customerId) {
    return StepPaths.karte(view.client().getId(), customerId);
  }

  public long totalCost() {
    return log.stream().mapToLong(Treatment::getCostMinor).sum();
  }

  public String lastTreated(VipStatus s) {
    return s.lastTreated() == null ? view.t("treatments.never") : s.lastTreated().toString();
  }
}
