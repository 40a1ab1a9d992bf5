package kyokan.step.segmentation.thresholds;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import kyokan.core.analytics.CpmCell;
import kyokan.core.analytics.CpmThresholds;
import kyokan.core.analytics.MonthChoice;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.segmentation.ThresholdEntry;
import kyokan.core.step.Dates;
import kyokan.core.step.StepView;
import kyokan.step.segmentation.common.Definitions;

/**
 * The thresholds page: those in force at the chosen month end and every save, the suggestion with its
 * reasons, and the form with its preview. {@code choice} is null without sales (no suggestion, no counts).
 *
 * @param inForce the save in force at the month end, null while the defaults apply
 * @param defaultsFromData the defaults' amount limit is the suggestion from the shop's data (a currency other than yen)
 * @param history every save, newest first
 * @param reasons empty without sales
 * @param suggested the suggestion's values as a form, null without sales
 * @param preview the ten counts under the thresholds in force and under the form's, null unless previewing valid values
 * @param effectiveMonths the months a save may take effect from, newest first
 * @param notice a message key shown above the form (saved, refused), or null
 */
public record ThresholdsPage(StepView view, FigureFormat format, String csrf, MonthChoice choice, CpmThresholds current,
    ThresholdEntry inForce, List<ThresholdEntry> history, List<SuggestionText.Reason> reasons, ThresholdForm suggested,
    ThresholdForm form, Map<String, String> errors, List<PreviewRow> preview, List<YearMonth> effectiveMonths,
    String notice, boolean defaultsFromData) {

  public String base() {
    return "/clients/" + view.client().getId() + "/steps/segmentation/";
  }

  public String month() {
    return choice == null ? "" : choice.month().toString();
  }

  public boolean canSave() {
    return view.user().isConsultant();
  }

  /** The save form follows a preview: what is saved is what was just previewed. */
  public boolean showSave() {
    return canSave() && preview != null;
  }

  public String summary(CpmThresholds t) {
    return new Definitions(view, format).summary(t);
  }

  public String definition(CpmCell cell, CpmThresholds t) {
    return new Definitions(view, format).cell(cell, t);
  }

  public String savedAt(ThresholdEntry e) {
    return Dates.dateTime(e.savedAt());
  }

  public String error(String field) {
    String key = errors.get(field);
    return key == null ? null : view.t(key);
  }

  /** The link that previews the suggested values. */
  public String suggestionLink() {
    ThresholdForm s = suggested;
    return base() + "thresholds?month=" + month() + "&preview=1&lapseDays=" + s.lapseDays() + "&tenureShortDays="
        + s.tenureShortDays() + "&tenureLongDays=" + s.tenureLongDays() + "&axis=" + s.axis() + "&amountLimit="
        + s.amountLimit() + "&countLimit=" + s.countLimit() + "&effectiveFrom=" + form.effectiveFrom();
  }

  /** The unit after the amount field: 円 for yen, else the currency's code. */
  public String moneyUnit() {
    return "JPY".equals(format.currency()) ? view.t("unit.yen") : format.currency();
  }

  public String signed(int n) {
    return n > 0 ? "+" + format.count(n) : n < 0 ? "−" + format.count(-n) : "±0";
  }
}
