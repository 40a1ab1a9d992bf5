package kyokan.core.analytics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A month report's headline figures as plain values (maps, numbers, strings) for the JSON endpoint and
 * {@code ./kyokan analyze}: one builder, so the page, the endpoint and the command line say the same.
 * Shares are fractions (0.8 = 80 %), null when undefined; amounts are in the currency's minor unit.
 */
public final class MonthFigures {
  private static final ObjectWriter JSON = new ObjectMapper().writerWithDefaultPrettyPrinter();

  private MonthFigures() {}

  public static Map<String, Object> of(MonthReport r) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("clientId", r.basis().clientId());
    f.put("month", r.month().toString());
    f.put("asOf", r.basis().asOf().toString());
    f.put("dataVersion", r.basis().dataVersion());
    f.put("thresholds", thresholds(r.basis().thresholds()));
    f.put("q1RepeatShare", value(r.revenue().repeatShare()));
    f.put("q2NewShare", value(r.revenue().newShare()));
    Map<String, Integer> lapsing = new LinkedHashMap<>();
    lapsing.put("days60to89", r.lapsing().days60to89().size());
    lapsing.put("days90to179", r.lapsing().days90to179().size());
    lapsing.put("days180OrMore", r.lapsing().days180OrMore().size());
    f.put("q3Lapsing", lapsing);
    f.put("q4ActiveShare", value(r.active().shareOfYearsCustomers()));
    f.put("q4ActiveShareOfAllCustomers", value(r.active().shareOfAllCustomers()));
    f.put("q5F2Rate90", value(r.f2().within90().rate()));
    f.put("q5F2Rate180", value(r.f2().within180().rate()));
    f.put("q5F2Rate365", value(r.f2().within365().rate()));
    f.put("q6ActiveLoyalCustomers", r.top().activeLoyalCount());
    f.put("q6ParetoTop20Share", value(r.top().pareto().topShare()));
    f.put("q6CustomersFor80Percent", value(r.top().pareto().customersFor80Percent()));
    f.put("q7MedianGapDays", value(r.loyalHabits().medianGapDays()));
    f.put("q7PurchasesPerCustomerInYear", value(r.loyalHabits().purchasesPerCustomerInWindow()));
    f.put("q8TopProducts", r.loyalProducts().products().stream().limit(5).map(p -> {
      Map<String, Object> product = new LinkedHashMap<>();
      product.put("code", p.product().code());
      product.put("name", p.product().name());
      product.put("loyalShare", value(p.loyalShare()));
      product.put("lift", Double.isNaN(p.lift()) ? null : p.lift());
      return product;
    }).toList());
    f.put("captureRate", value(r.captureRate()));
    f.put("revenue", r.revenue().revenue());
    f.put("identifiedRevenue", r.revenue().identifiedRevenue());
    f.put("averageOrderValue", value(r.orderValue().periodAverage()));
    Map<String, Integer> cells = new LinkedHashMap<>();
    for (CpmCell cell : CpmCell.values()) cells.put(cell.name(), r.cpm().count(cell));
    f.put("cpmCells", cells);
    return f;
  }

  /** The figures as indented JSON. */
  public static String json(MonthReport r) {
    try {
      return JSON.writeValueAsString(of(r));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("figures that are plain maps always serialise", e);
    }
  }

  private static Map<String, Object> thresholds(CpmThresholds t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("lapseDays", t.lapseDays());
    m.put("tenureShortDays", t.tenureShortDays());
    m.put("tenureLongDays", t.tenureLongDays());
    m.put("amountLimit", t.amountLimit());
    m.put("axis", t.axis().name());
    m.put("countLimit", t.countLimit());
    return m;
  }

  private static Double value(Ratio ratio) {
    return value(ratio.value());
  }

  private static Double value(OptionalDouble d) {
    return d.isPresent() ? d.getAsDouble() : null;
  }

  private static Integer value(OptionalInt i) {
    return i.isPresent() ? i.getAsInt() : null;
  }
}
