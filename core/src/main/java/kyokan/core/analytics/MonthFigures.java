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
 * Shares are fractions (0.8 = 80 %), null when undefined. Money is stated once at the top ({@code currency} and
 * {@code minorDigits}) and every money field's name ends in {@code Minor}: an integer count of the currency's
 * minor unit (¥1 for JPY, 1p for GBP, so {@code 12345} with two minor digits is £123.45). With the month's
 * {@link Movement}, also the from × to table between the previous month end and this one.
 */
public final class MonthFigures {
  private static final ObjectWriter JSON = new ObjectMapper().writerWithDefaultPrettyPrinter();

  private MonthFigures() {}

  /**
   * @param currency the client's ISO 4217 code
   * @param minorDigits its minor-unit digits (0 for JPY, 2 for GBP, USD, EUR)
   */
  public static Map<String, Object> of(MonthReport r, String currency, int minorDigits) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("currency", currency);
    f.put("minorDigits", minorDigits);
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
    f.put("revenueMinor", r.revenue().revenue());
    f.put("identifiedRevenueMinor", r.revenue().identifiedRevenue());
    f.put("averageOrderValueMinor", value(r.orderValue().periodAverage()));
    Map<String, Integer> cells = new LinkedHashMap<>();
    for (CpmCell cell : CpmCell.values()) cells.put(cell.name(), r.cpm().count(cell));
    f.put("cpmCells", cells);
    return f;
  }

  /**
   * The figures and the month's movement: {@code movement.table} maps each cell at the previous month end
   * ({@code NEW_THIS_MONTH} for customers who were not customers then) to the cells at this month end
   * ({@code NO_LONGER_CUSTOMER} for those whose purchases were all refunded); null movement leaves it out.
   */
  public static Map<String, Object> of(MonthReport r, Movement movement, String currency, int minorDigits) {
    Map<String, Object> f = of(r, currency, minorDigits);
    if (movement != null) f.put("movement", movement(movement));
    return f;
  }

  /** The figures and the month's movement (null: none) as indented JSON. */
  public static String json(MonthReport r, Movement movement, String currency, int minorDigits) {
    try {
      return JSON.writeValueAsString(of(r, movement, currency, minorDigits));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("figures that are plain maps always serialise", e);
    }
  }

  private static Map<String, Object> movement(Movement m) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("from", m.previousMonth().atEndOfMonth().toString());
    f.put("to", m.asOf().toString());
    f.put("previousThresholds", m.previousThresholds().map(MonthFigures::thresholds).orElse(null));
    Map<String, Map<String, Integer>> table = new LinkedHashMap<>();
    for (CpmCell from : CpmCell.values()) {
      Map<String, Integer> row = new LinkedHashMap<>();
      for (CpmCell to : CpmCell.values()) row.put(to.name(), m.count(from, to));
      row.put("NO_LONGER_CUSTOMER", m.noLongerCustomers(from));
      table.put(from.name(), row);
    }
    Map<String, Integer> fresh = new LinkedHashMap<>();
    for (CpmCell to : CpmCell.values()) fresh.put(to.name(), m.newCustomers(to));
    table.put("NEW_THIS_MONTH", fresh);
    f.put("table", table);
    Map<String, Integer> kinds = new LinkedHashMap<>();
    for (MoveKind kind : MoveKind.values()) kinds.put(kind.name(), m.count(kind));
    f.put("moveCounts", kinds);
    f.put("namedMoves", m.namedMoves().stream().map(n -> {
      Map<String, Object> move = new LinkedHashMap<>();
      move.put("kind", n.kind().name());
      move.put("from", n.from().name());
      move.put("to", n.to().name());
      move.put("count", n.count());
      return move;
    }).toList());
    return f;
  }

  private static Map<String, Object> thresholds(CpmThresholds t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("lapseDays", t.lapseDays());
    m.put("tenureShortDays", t.tenureShortDays());
    m.put("tenureLongDays", t.tenureLongDays());
    m.put("amountLimitMinor", t.amountLimit());
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
