package kyokan.core.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kyokan.core.analytics.CpmThresholds;
import kyokan.core.analytics.CustomerPurchases;
import kyokan.core.analytics.CustomerSnapshot;
import kyokan.core.analytics.Ledger;
import kyokan.core.analytics.LedgerBuilder;
import kyokan.core.demo.DemoShopGenerator;
import kyokan.core.demo.DemoShopSpec;
import kyokan.core.sales.SaleLineInput;
import org.junit.jupiter.api.Test;

/**
 * A small demo shop built in memory (the Derby path is {@link CustomerValueServiceTest}'s): both models fit,
 * and every customer's figures hang together.
 */
class DemoShopValuationTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 5, 31);

  @Test
  void bothModelsFitAndEveryCustomerGetsAPrediction() {
    Ledger ledger = ledger(new DemoShopGenerator(DemoShopSpec.sakuraCoffee(AS_OF).withSize(300, 5_000)));
    CustomerSnapshot snapshot = CustomerSnapshot.of(ledger, AS_OF);

    CustomerValues values = CustomerValuation.of(snapshot, CustomerPurchases.of(ledger, AS_OF), CpmThresholds.DEFAULTS,
        AtRiskRule.DEFAULT);

    assertEquals(snapshot.customerCount(), values.customers().size());
    assertEquals(FitOutcome.FITTED, values.bgNbd().outcome(), "BG/NBD");
    assertEquals(FitOutcome.FITTED, values.gammaGamma().outcome(), "Gamma-Gamma");
    assertEquals(snapshot.customerCount(), values.bgNbd().customers());
    long repeaters = values.customers().stream().filter(v -> v.purchases() > 1).count();
    assertEquals(repeaters, values.gammaGamma().customers());
    for (CustomerValue v : values.customers()) {
      double alive = v.probabilityAlive().orElseThrow();
      double orders = v.expectedOrders().orElseThrow();
      double orderValue = v.expectedOrderValue().orElseThrow();
      assertTrue(alive > 0 && alive <= 1, v.code() + " P(alive) " + alive);
      assertTrue(orders >= 0 && orderValue > 0, v.code() + " " + orders + " orders of " + orderValue);
      assertEquals(Math.round(orders * orderValue), v.predictedValue().orElseThrow(), v.code());
      assertEquals(v.purchases() == 1, v.medianGapDays().isEmpty(), v.code());
    }
    assertTrue(values.customers().stream().anyMatch(CustomerValue::atRisk), "the demo shop has regulars who are overdue");
  }

  /** The generator's lines in ledger order: customer (anonymous last), date, time, order number. */
  private static Ledger ledger(DemoShopGenerator shop) {
    List<SaleLineInput> lines = shop.lines().toList();
    Map<String, Long> ids = new LinkedHashMap<>();
    for (SaleLineInput l : lines) if (l.customerCode() != null) ids.putIfAbsent(l.customerCode(), (long) ids.size() + 1);
    LedgerBuilder builder = new LedgerBuilder(1, 1, lines.size());
    ids.forEach((code, id) -> builder.customer(id, code, null));
    Comparator<SaleLineInput> order = Comparator.comparing((SaleLineInput l) -> l.customerCode() == null ? Long.MAX_VALUE : ids.get(l.customerCode()))
        .thenComparing(SaleLineInput::date)
        .thenComparing(SaleLineInput::time, Comparator.nullsLast(Comparator.<LocalTime>naturalOrder()))
        .thenComparing(SaleLineInput::orderNo, Comparator.nullsLast(Comparator.<String>naturalOrder()));
    lines.stream().sorted(order).forEach(l -> builder.line(l.customerCode() == null ? null : ids.get(l.customerCode()),
        l.date(), l.time(), l.orderNo(), null, l.amount()));
    return builder.build();
  }
}
