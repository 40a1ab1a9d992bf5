package kyokan.step.viptreatment.karte;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kyokan.core.analytics.MonthCell;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.outreach.TimelineEntry;
import kyokan.core.outreach.TimelineWords;
import kyokan.core.prediction.CustomerValue;
import kyokan.core.sales.Customer;
import kyokan.core.step.StepView;
import kyokan.step.viptreatment.common.StepPaths;
import kyokan.step.viptreatment.treatments.Perk;
import kyokan.step.viptreatment.treatments.Treatment;

/**
 * A customer's カルテ as of the last complete month: rhythm and its trend, favourites and last items, cells over
 * time, the shop's notes and birthday, treatments, and the contact timeline; with the forms to log a treatment
 * and keep the notes.
 *
 * @param value empty when the customer has no purchase by the date
 */
public record KartePage(StepView view, FigureFormat format, LocalDate asOf, Customer customer, boolean vip,
    Optional<CustomerValue> value, BuyingHabits habits, List<MonthCell> cells, List<Treatment> treatments,
    List<TimelineEntry> timeline, List<Perk> perks, TreatmentForm form, Map<String, String> errors, String csrf,
    String flash) {

  public String base() {
    return StepPaths.karte(view.client().getId(), customer.getId());
  }

  public String fullTimeline() {
    return StepPaths.fullTimeline(view.client().getId(), customer.getId());
  }

  public String decimal(java.util.OptionalDouble d) {
    return format.decimal(d);
  }

  /** The rhythm's trend in words: the recent gaps against all of them. */
  public String trend() {
    if (habits.recentGapDays().isEmpty() || habits.medianGapDays().isEmpty()) return view.t("karte.trend.none");
    double recent = habits.recentGapDays().getAsDouble();
    double all = habits.medianGapDays().getAsDouble();
    String key = recent > all * 1.25 ? "karte.trend.slower" : recent < all * 0.8 ? "karte.trend.faster" : "karte.trend.steady";
    return view.t(key, format.decimal(habits.recentGapDays()), format.decimal(habits.medianGapDays()));
  }

  public String percent(java.util.OptionalDouble d) {
    return d.isPresent() ? kyokan.core.i18n.MoneyFormat.percent(d.getAsDouble()) : FigureFormat.NONE;
  }

  public String money(java.util.OptionalLong v) {
    return v.isPresent() ? format.money(v.getAsLong()) : FigureFormat.NONE;
  }

  public String cell(MonthCell m) {
    return m.cell() == null ? FigureFormat.NONE : view.t("cell." + m.cell().name());
  }

  public String error(String field) {
    String key = errors.get(field);
    return key == null ? null : view.t(key);
  }

  public String notes() {
    return customer.getNotes() == null ? "" : customer.getNotes();
  }

  public String birthday() {
    return customer.getBirthday() == null ? "" : customer.getBirthday().toString();
  }

  /** What one timeline entry says, in the reader's language. */
  public String describe(TimelineEntry e) {
    return TimelineWords.describe(e, view, format);
  }
}
