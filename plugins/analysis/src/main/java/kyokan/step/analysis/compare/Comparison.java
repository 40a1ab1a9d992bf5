package kyokan.step.analysis.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import kyokan.core.analytics.MonthReport;
import kyokan.core.analytics.Ratio;
import kyokan.core.worksheet.Worksheet;

/**
 * Puts the step 2 worksheet (answered from memory) beside the engine's figures for the same month.
 * Shares are compared in percentage points, counts and days as numbers.
 */
final class Comparison {
  private Comparison() {}

  static List<ComparisonRow> rows(Worksheet ws, MonthReport r) {
    List<ComparisonRow> rows = new ArrayList<>();
    rows.add(share("q1", ws.answer("q1_repeat_share"), r.revenue().repeatShare()));
    rows.add(share("q2", ws.answer("q2_new_share"), r.revenue().newShare()));
    rows.add(count("q3", ws.answer("q3_lapsing_count"), r.lapsing().days60to89().size()));
    rows.add(share("q4", ws.answer("q4_active_share"), r.active().shareOfYearsCustomers()));
    rows.add(share("q5", ws.answer("q5_f2_rate"), r.f2().within90().rate()));
    rows.add(count("q6", ws.answer("q6_top_count"), r.top().activeLoyalCount()));
    rows.add(days("q7", ws.answer("q7_top_frequency_days"), r.loyalHabits().medianGapDays()));
    rows.add(new ComparisonRow("q8", ws.answer("q8_top_products"), topProducts(r), "", "compare.def.q8"));
    rows.add(new ComparisonRow("q9", join(ws.answer("q9_promotion_rule"), ws.answer("q9_promotion_rule_detail")), "", "", "compare.def.q9"));
    rows.add(new ComparisonRow("q10", join(ws.answer("q10_new_to_top"), ws.answer("q10_new_to_top_detail")), "", "", "compare.def.q10"));
    return rows;
  }

  private static ComparisonRow share(String q, String answer, Ratio ratio) {
    OptionalDouble value = ratio.value();
    String data = value.isPresent() ? String.format(Locale.ROOT, "%.1f%%", value.getAsDouble() * 100) : "–";
    Double typed = number(answer);
    String gap = typed == null || value.isEmpty() ? "" : signed(value.getAsDouble() * 100 - typed, "%.1f pt");
    return new ComparisonRow(q, answer.isBlank() ? "" : answer + "%", data, gap, "compare.def." + q);
  }

  private static ComparisonRow count(String q, String answer, int count) {
    Double typed = number(answer);
    return new ComparisonRow(q, answer, String.format("%,d", count), typed == null ? "" : signed(count - typed, "%.0f"), "compare.def." + q);
  }

  private static ComparisonRow days(String q, String answer, OptionalDouble median) {
    Double typed = number(answer);
    String data = median.isPresent() ? String.format(Locale.ROOT, "%.1f", median.getAsDouble()) : "–";
    String gap = typed == null || median.isEmpty() ? "" : signed(median.getAsDouble() - typed, "%.1f");
    return new ComparisonRow(q, answer, data, gap, "compare.def." + q);
  }

  private static String topProducts(MonthReport r) {
    return r.loyalProducts().products().stream().limit(3).map(p -> String.valueOf(p.product().name()))
        .collect(Collectors.joining("、"));
  }

  private static String join(String choice, String detail) {
    return (choice + " " + detail).strip();
  }

  private static Double number(String answer) {
    try {
      return answer.isBlank() ? null : Double.valueOf(answer.replace("%", "").strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String signed(double d, String format) {
    String s = String.format(Locale.ROOT, format, Math.abs(d));
    return (d > 0 ? "+" : d < 0 ? "−" : "±") + s;
  }
}
