package kyokan.step.analysis.dashboard;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kyokan.core.analytics.CustomerFigure;
import kyokan.core.analytics.MonthReport;
import kyokan.core.analytics.Ratio;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.step.StepView;

/** The dashboard's figures, in the order of the ten questions, each with its customers where it has some. */
final class FigureRows {
  private record Spec(String id, CustomerFigure drill, Function<MonthReport, String> value,
      Function<MonthReport, String> detail) {}

  private FigureRows() {}

  static List<FigureRow> of(StepView v, FigureFormat f, MonthReport current, Optional<MonthReport> previous, Optional<MonthReport> yearBefore) {
    return specs(v, f).stream().map(s -> new FigureRow(s.id(), s.value().apply(current),
        previous.map(s.value()).orElse(FigureFormat.NONE), yearBefore.map(s.value()).orElse(FigureFormat.NONE),
        s.detail().apply(current), s.drill() == null ? null : s.drill().urlName())).toList();
  }

  private static List<Spec> specs(StepView v, FigureFormat f) {
    Function<MonthReport, String> nothing = r -> "";
    return List.of(
        new Spec("revenue", null, r -> f.money(r.revenue().revenue()), nothing),
        new Spec("capture", null, r -> f.percent(r.captureRate()),
            r -> f.money(r.revenue().identifiedRevenue()) + " ÷ " + f.money(r.revenue().revenue())),
        new Spec("q1", CustomerFigure.REPEAT_BUYERS, r -> f.percent(r.revenue().repeatShare()),
            r -> f.money(r.revenue().repeatRevenue()) + " ÷ " + f.money(r.revenue().identifiedRevenue())),
        new Spec("q2", CustomerFigure.NEW_CUSTOMERS, r -> f.percent(r.revenue().newShare()),
            r -> f.money(r.revenue().newRevenue()) + " ÷ " + f.money(r.revenue().identifiedRevenue())),
        new Spec("q3_60", CustomerFigure.LAPSING_60, r -> f.count(r.lapsing().days60to89().size()), nothing),
        new Spec("q3_90", CustomerFigure.LAPSING_90, r -> f.count(r.lapsing().days90to179().size()), nothing),
        new Spec("q3_180", CustomerFigure.LAPSING_180, r -> f.count(r.lapsing().days180OrMore().size()), nothing),
        new Spec("q4", CustomerFigure.BOUGHT_IN_PERIOD, r -> f.percent(r.active().shareOfYearsCustomers()),
            r -> parts(f, r.active().shareOfYearsCustomers())),
        new Spec("q5", CustomerFigure.F2_RETURNED, r -> f.percent(r.f2().within90().rate()),
            r -> parts(f, r.f2().within90().rate())),
        new Spec("q5_180", null, r -> f.percent(r.f2().within180().rate()), r -> parts(f, r.f2().within180().rate())),
        new Spec("q5_365", null, r -> f.percent(r.f2().within365().rate()), r -> parts(f, r.f2().within365().rate())),
        new Spec("q6", CustomerFigure.ACTIVE_LOYAL, r -> f.count(r.top().activeLoyalCount()), nothing),
        new Spec("q6_pareto", CustomerFigure.PARETO_TOP, r -> f.percent(r.top().pareto().topShare()),
            r -> f.count(r.top().pareto().topCount()) + " / " + f.count(r.top().pareto().customersInWindow())),
        new Spec("q7", CustomerFigure.ACTIVE_LOYAL, r -> f.decimal(r.loyalHabits().medianGapDays()),
            r -> v.t("fig.q7.detail", f.decimal(r.loyalHabits().purchasesPerCustomerInWindow()))),
        new Spec("q8", CustomerFigure.ACTIVE_LOYAL, FigureRows::topProducts, nothing),
        new Spec("aov", null, r -> r.orderValue().periodAverage().isPresent()
            ? f.money(Math.round(r.orderValue().periodAverage().getAsDouble())) : FigureFormat.NONE,
            r -> v.t("fig.aov.detail", f.count(r.orderValue().periodPurchases()))));
  }

  private static String parts(FigureFormat f, Ratio ratio) {
    return f.count(ratio.part()) + " ÷ " + f.count(ratio.whole());
  }

  private static String topProducts(MonthReport r) {
    String names = r.loyalProducts().products().stream().limit(3)
        .map(p -> p.product().name() != null ? p.product().name() : String.valueOf(p.product().code()))
        .collect(Collectors.joining("、"));
    return names.isEmpty() ? FigureFormat.NONE : names;
  }
}
