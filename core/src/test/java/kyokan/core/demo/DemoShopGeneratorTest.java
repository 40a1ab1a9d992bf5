package kyokan.core.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kyokan.core.sales.ProductInput;
import kyokan.core.sales.SaleLineInput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoShopGeneratorTest {
  private static final LocalDate END = LocalDate.of(2025, 5, 31);
  private static final DemoShopSpec SAKURA = DemoShopSpec.sakuraCoffee(END);

  private static DemoShopGenerator generator;
  private static List<SaleLineInput> lines;
  private static Map<String, CustomerHistory> histories;

  @BeforeAll
  static void generate() {
    generator = new DemoShopGenerator(SAKURA);
    lines = generator.lines().toList();
    histories = CustomerHistory.of(lines);
  }

  @Test
  void sameSpecGivesTheSameShopBitForBit() {
    DemoShopGenerator again = new DemoShopGenerator(DemoShopSpec.sakuraCoffee(END));

    assertEquals(hash(lines.stream()), hash(again.lines()));
    assertEquals(hash(lines.stream()), hash(generator.lines()), "a second pass of one generator");
    assertEquals(generator.customers(), again.customers());
    assertEquals(generator.products(), again.products());
  }

  @Test
  void differentSeedGivesADifferentShop() {
    DemoShopGenerator other = new DemoShopGenerator(SAKURA.withSeed(SAKURA.seed() + 1));

    assertNotEquals(hash(lines.stream()), hash(other.lines()));
    assertNotEquals(generator.customers(), other.customers());
  }

  @Test
  void sakuraShopHasTwoThousandCustomersAndAboutThirtyThousandLines() {
    assertEquals(2_000, generator.customers().size());
    assertEquals(2_000, histories.size(), "every customer buys at least once");
    assertTrue(Math.abs(lines.size() - 30_000) <= 1_500, "lines: " + lines.size());
  }

  @Test
  void linesRunByDateThenOrderNumberWithinTheLastThreeYears() {
    assertEquals(LocalDate.of(2022, 6, 1), SAKURA.startDate());
    SaleLineInput previous = null;
    for (SaleLineInput line : lines) {
      assertFalse(line.date().isBefore(SAKURA.startDate()) || line.date().isAfter(END), line::toString);
      assertTrue(line.orderNo().matches("R" + line.date().getYear() + "-\\d{6}"), line::toString);
      if (previous != null) {
        int byDate = line.date().compareTo(previous.date());
        assertTrue(byDate > 0 || byDate == 0 && line.orderNo().compareTo(previous.orderNo()) >= 0, line::toString);
      }
      previous = line;
    }
    assertEquals(END, previous.date());
  }

  @Test
  void ordersNumberTheirLinesFromOneAndChargeQuantityTimesPrice() {
    Map<String, Long> prices = generator.products().stream()
        .collect(Collectors.toMap(ProductInput::code, ProductInput::unitPrice));
    Map<String, List<SaleLineInput>> orders = lines.stream()
        .collect(Collectors.groupingBy(SaleLineInput::orderNo, TreeMap::new, Collectors.toList()));
    for (List<SaleLineInput> order : orders.values()) {
      assertTrue(order.size() <= 4, order::toString);
      for (int i = 0; i < order.size(); i++) {
        SaleLineInput line = order.get(i);
        assertEquals(i + 1, line.lineNo());
        assertEquals(order.get(0).customerCode(), line.customerCode());
        assertEquals(line.quantity() * prices.get(line.productCode()), line.amount(), line::toString);
        assertNotNull(line.time());
      }
    }
  }

  @Test
  void aboutFifteenPercentOfLinesAreAnonymous() {
    double share = lines.stream().filter(SaleLineInput::isAnonymous).count() / (double) lines.size();

    assertEquals(SAKURA.anonymousShare(), share, 0.02);
    assertTrue(lines.stream().filter(SaleLineInput::isAnonymous).allMatch(line -> line.customerName() == null));
  }

  @Test
  void aFewReturnsBringBackSomethingTheSameCustomerBoughtEarlier() {
    List<SaleLineInput> returns = lines.stream().filter(line -> line.amount() < 0).toList();

    assertTrue(returns.size() >= 30 && returns.size() < lines.size() / 50, "returns: " + returns.size());
    for (SaleLineInput refund : returns) {
      assertFalse(refund.isAnonymous());
      assertTrue(refund.quantity() < 0);
      assertTrue(lines.stream().anyMatch(line -> line.amount() > 0 && line.date().isBefore(refund.date())
          && refund.customerCode().equals(line.customerCode()) && refund.productCode().equals(line.productCode())
          && line.quantity() == -refund.quantity()), refund::toString);
    }
  }

  @Test
  void manyCustomersBuyOnceAndSomeBuyOften() {
    long once = histories.values().stream().filter(history -> history.purchases() == 1).count();
    long often = histories.values().stream().filter(history -> history.purchases() >= 30).count();

    assertTrue(once > 600 && once < 1_400, "one purchase: " + once);
    assertTrue(often >= 50, "30 or more purchases: " + often);
  }

  @Test
  void topFifthOfCustomersMakesWellOverHalfOfIdentifiedRevenue() {
    long[] amounts = histories.values().stream().mapToLong(CustomerHistory::amount).sorted().toArray();
    long total = 0;
    long top = 0;
    for (int i = 0; i < amounts.length; i++) {
      total += amounts[i];
      top += i >= amounts.length - (int) Math.ceil(amounts.length * 0.2) ? amounts[i] : 0;
    }

    assertTrue(top > 0.65 * total, "top 20 % share: " + top / (double) total);
  }

  @Test
  void decemberTakesMoreThanAnAverageMonthOfItsYear() {
    TreeMap<YearMonth, Long> revenue = lines.stream()
        .collect(Collectors.groupingBy(line -> YearMonth.from(line.date()), TreeMap::new,
            Collectors.summingLong(SaleLineInput::amount)));
    List<Integer> checked = new ArrayList<>();
    for (int year = SAKURA.startDate().getYear(); year <= END.getYear(); year++) {
      YearMonth january = YearMonth.of(year, 1);
      YearMonth december = YearMonth.of(year, 12);
      if (revenue.containsKey(january) && revenue.containsKey(december)) {
        double average = revenue.subMap(january, true, december, true).values().stream().mapToLong(Long::longValue)
            .average().orElseThrow();
        assertTrue(revenue.get(december) > 1.3 * average, year + ": " + revenue);
        checked.add(year);
      }
    }
    assertEquals(List.of(2023, 2024), checked);
  }

  @Test
  void aTinyShopStillGivesEveryCustomerAPurchaseWithinItsYear() {
    DemoShopSpec tiny = new DemoShopSpec(7, END, 1, 40, 300, 0.3, 0.05);
    List<SaleLineInput> tinyLines = new DemoShopGenerator(tiny).lines().toList();

    assertEquals(40, CustomerHistory.of(tinyLines).size());
    assertTrue(tinyLines.stream().allMatch(line -> !line.date().isBefore(tiny.startDate()) && !line.date().isAfter(END)));
    assertTrue(Math.abs(tinyLines.size() - 300) <= 60, "lines: " + tinyLines.size());
  }

  @Test
  void moreCustomersThanLinesStillGivesEveryoneAPurchase() {
    List<SaleLineInput> sparse = new DemoShopGenerator(new DemoShopSpec(7, END, 2, 500, 100, 0, 0)).lines().toList();
    Map<String, CustomerHistory> sparseHistories = CustomerHistory.of(sparse);

    assertEquals(500, sparseHistories.size());
    assertTrue(sparseHistories.values().stream().filter(history -> history.purchases() == 1).count() > 400);
    assertTrue(sparse.stream().noneMatch(line -> line.isAnonymous() || line.amount() < 0));
  }

  @Test
  void productsAreACoffeeShopMenuPricedInYen() {
    List<ProductInput> products = generator.products();
    Map<String, ProductInput> byCode = products.stream().collect(Collectors.toMap(ProductInput::code, Function.identity()));

    assertEquals(products.size(), byCode.size());
    assertTrue(products.size() >= 25);
    assertTrue(products.stream().allMatch(product -> product.code().matches("P\\d{3}")
        && product.unitPrice() >= 300 && product.unitPrice() <= 6_000));
    assertTrue(products.stream().anyMatch(product -> product.name().contains("ブレンド 200g")));
    assertTrue(products.stream().anyMatch(product -> product.name().contains("ギフト")));
    assertTrue(lines.stream().allMatch(line -> byCode.get(line.productCode()).name().equals(line.productName())));
  }

  private static String hash(Stream<SaleLineInput> lines) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      lines.forEachOrdered(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
