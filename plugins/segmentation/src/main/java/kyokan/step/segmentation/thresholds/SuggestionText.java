package kyokan.step.segmentation.thresholds;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import kyokan.core.chart.Axis;
import kyokan.core.chart.BarChart;
import kyokan.core.chart.ChartText;
import kyokan.core.chart.ColorRole;
import kyokan.core.chart.Series;
import kyokan.core.chart.SvgChart;
import kyokan.core.chart.ValueFormat;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.segmentation.AmountSuggestion;
import kyokan.core.segmentation.Histogram;
import kyokan.core.segmentation.LapseSuggestion;
import kyokan.core.segmentation.SuggestionBasis;
import kyokan.core.segmentation.TenureSuggestion;
import kyokan.core.segmentation.ThresholdSuggestion;
import kyokan.core.step.StepView;

/** A threshold suggestion said in the reader's language: one sentence per threshold, and its distribution as a small chart. */
public final class SuggestionText {
  /** A reason with the chart of the distribution behind it (null when none). */
  public record Reason(String id, String text, String chartTitle, String chart) {}

  private final StepView v;
  private final FigureFormat f;

  SuggestionText(StepView view, FigureFormat format) {
    this.v = view;
    this.f = format;
  }

  List<Reason> reasons(ThresholdSuggestion s) {
    List<Reason> reasons = new ArrayList<>();
    LapseSuggestion lapse = s.lapse();
    String lapseText = lapse.basis() == SuggestionBasis.DATA
        ? v.t("reason.lapse", lapse.share(), f.count(lapse.percentileDays()), f.count(lapse.days()), f.count(lapse.repeatGaps()))
        : v.t("reason.lapse.default", f.count(lapse.repeatGaps()), LapseSuggestion.MIN_GAPS, f.count(lapse.days()));
    reasons.add(new Reason("lapse", lapseText, v.t("reason.lapse.chart"),
        chart("lapse", lapse.gapDays(), from -> v.t("bucket.days", f.count(from)), v.t("reason.lapse.axis"))));
    TenureSuggestion tenure = s.tenure();
    reasons.add(new Reason("tenure", v.t("reason.tenure", f.count(tenure.lapseDays()), tenure.shortNumerator(),
        tenure.longNumerator(), tenure.denominator(), f.count(tenure.shortDays()), f.count(tenure.longDays())), null, null));
    AmountSuggestion amount = s.amount();
    String amountText = amount.basis() == SuggestionBasis.DATA
        ? v.t("reason.amount", f.money(amount.averageOrder()), amount.factor(), f.money(amount.limit()), f.count(amount.windowPurchases()))
        : v.t("reason.amount.default", f.count(amount.windowPurchases()), AmountSuggestion.MIN_PURCHASES, f.money(amount.limit()));
    reasons.add(new Reason("amount", amountText, v.t("reason.amount.chart"),
        chart("amount", amount.customerAmounts(), from -> f.money(from), v.t("reason.customersAxis"))));
    reasons.add(new Reason("count", v.t("reason.count", s.count().limit()), v.t("reason.count.chart"),
        chart("count", s.count().customerPurchases(), from -> v.t("bucket.times", from), v.t("reason.customersAxis"))));
    return reasons;
  }

  private String chart(String id, Histogram h, LongFunction<String> label, String axis) {
    List<String> labels = new ArrayList<>();
    long[] counts = new long[h.buckets().size()];
    for (int i = 0; i < counts.length; i++) {
      Histogram.Bucket b = h.buckets().get(i);
      labels.add(b.isOpenEnded() ? v.t("bucket.more", label.apply(b.from())) : label.apply(b.from()));
      counts[i] = b.count();
    }
    BarChart chart = BarChart.grouped(ChartText.of(v.t("reason." + id + ".chart"), v.t("reason." + id + ".chartSummary"),
        v.t("chart.noData")), labels, Axis.titled(axis, ValueFormat.count()),
        Series.of(v.t("reason." + id + ".series"), ColorRole.PRIMARY, counts));
    return SvgChart.render(chart);
  }
}
