package kyokan.core.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kyokan.core.sales.SaleLineInput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo shop gives every CPM cell someone to show, with METHOD.md's defaults scaled to a ¥1,800 average order. */
class DemoShopCpmTest {
  private static final LocalDate END = LocalDate.of(2025, 5, 31);
  private static final long AMOUNT = 13_000;
  private static final int TENURE_SHORT = 90;
  private static final int TENURE_LONG = 210;
  private static final List<String> CELLS = List.of("初回", "よちよち", "コツコツ", "流行", "優良",
      "初回離脱", "よちよち離脱", "コツコツ離脱", "流行離脱", "優良離脱");

  private static List<SaleLineInput> lines;
  private static Map<String, CustomerHistory> histories;

  @BeforeAll
  static void generate() {
    lines = new DemoShopGenerator(DemoShopSpec.sakuraCoffee(END)).lines().toList();
    histories = CustomerHistory.of(lines);
  }

  @Test
  void averageOrderIsNearEighteenHundredYenSoSevenTimesIsAboutThirteenThousand() {
    Map<String, long[]> orders = new TreeMap<>();
    lines.forEach(line -> orders.computeIfAbsent(line.orderNo(), orderNo -> new long[1])[0] += line.amount());
    double average = orders.values().stream().mapToLong(order -> order[0]).filter(net -> net > 0).average().orElseThrow();

    assertTrue(average > 1_600 && average < 2_100, "average order ¥" + Math.round(average));
  }

  @ParameterizedTest(name = "lapse after {0} days")
  @ValueSource(ints = {120, 180, 240})
  void everyCellHasCustomersAtTheEndDate(int lapseDays) {
    Map<String, Integer> counts = new TreeMap<>();
    CELLS.forEach(cell -> counts.put(cell, 0));
    histories.values().forEach(history -> counts.merge(cell(history, lapseDays), 1, Integer::sum));

    assertEquals(CELLS.size(), counts.size(), counts::toString);
    assertTrue(counts.values().stream().allMatch(count -> count >= 10), counts::toString);
    assertEquals(histories.size(), counts.values().stream().mapToInt(Integer::intValue).sum());
  }

  // the CPM rule of METHOD.md, as simply as it can be written; the real engine is elsewhere
  private static String cell(CustomerHistory history, int lapseDays) {
    long tenure = ChronoUnit.DAYS.between(history.first(), history.last());
    long recency = ChronoUnit.DAYS.between(history.last(), END);
    String group;
    if (history.purchases() == 1) {
      group = "初回";
    } else if (tenure < TENURE_SHORT) {
      group = "よちよち";
    } else if (history.amount() < AMOUNT) {
      group = "コツコツ";
    } else if (tenure < TENURE_LONG) {
      group = "流行";
    } else {
      group = "優良";
    }
    return recency >= lapseDays ? group + "離脱" : group;
  }
}
