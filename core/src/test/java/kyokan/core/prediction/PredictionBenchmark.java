package kyokan.core.prediction;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import kyokan.core.sales.SaleLineInput;
import kyokan.core.TestDatabase;
import kyokan.core.account.User;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CpmThresholds;
import kyokan.core.analytics.CustomerPurchases;
import kyokan.core.analytics.CustomerSnapshot;
import kyokan.core.analytics.Ledger;
import kyokan.core.analytics.LedgerBuilder;
import kyokan.core.client.Client;
import kyokan.core.demo.DemoShopGenerator;
import kyokan.core.demo.DemoShopSpec;
import kyokan.core.importing.ImportKind;
import kyokan.core.jobs.Progress;
import kyokan.core.sales.ImportSource;
import kyokan.core.segmentation.ThresholdService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Step 6's figures at speed. The demo shop of {@code --demo} (2,000 customers, about 30,000 lines, three
 * years) imported into a temp Derby: the first {@link CustomerValueService#values} for a month end (ledger
 * load, snapshot, both fits, every customer), the computation alone with the ledger in memory, and a cached
 * answer. Then the benchmark-size shop (100,000 customers, 1,000,000 lines) built in memory: the
 * computation alone. Not run by default:
 * {@code ./mvnw -q -o test -pl core -Dtest=PredictionBenchmark -Dkyokan.benchmark=true -DargLine=-Xmx1g}
 */
@EnabledIfSystemProperty(named = "kyokan.benchmark", matches = "true")
class PredictionBenchmark {
  private static final LocalDate AS_OF = LocalDate.of(2025, 5, 31);
  @TempDir Path dir;

  @Test
  void demoShopFromDerbyAndABenchmarkSizeShopInMemory() {
    DemoShopGenerator demo = new DemoShopGenerator(DemoShopSpec.sakuraCoffee(AS_OF));
    try (TestDatabase data = TestDatabase.open(dir)) {
      User consultant = data.consultant("bench@example.jp");
      Client client = data.client(consultant, "さくら珈琲店 (benchmark)");
      data.salesImports().importSales(client.getId(), source(), demo.lineIterator(), 0, consultant, Progress.NONE);
      AnalyticsService analytics = new AnalyticsService(data.db(), data.ledgerVersion());
      CustomerValueService service = new CustomerValueService(analytics, new ThresholdService(data.db(), data.clock()));
      long t0 = System.nanoTime();
      CustomerValues first = service.values(client.getId(), AS_OF);
      System.out.printf("demo shop, first values() from Derby (ledger load included): %.0f ms%n", (System.nanoTime() - t0) / 1e6);
      report("demo shop", first);
      long t1 = System.nanoTime();
      service.values(client.getId(), AS_OF);
      System.out.printf("demo shop, cached values(): %.3f ms%n", (System.nanoTime() - t1) / 1e6);
      timeComputation("demo shop", analytics.ledger(client.getId()), 11);
    }
    DemoShopGenerator big = new DemoShopGenerator(DemoShopSpec.sakuraCoffee(AS_OF).withSize(100_000, 1_000_000));
    Ledger bigLedger = ledger(big);
    timeComputation("100,000 customers", bigLedger, 3);
    breakDown("100,000 customers", bigLedger);
  }

  // Where the time goes: the purchases, each fit, and the per-customer figures.
  private static void breakDown(String what, Ledger ledger) {
    long t0 = System.nanoTime();
    CustomerSnapshot snapshot = CustomerSnapshot.of(ledger, AS_OF);
    CustomerPurchases purchases = CustomerPurchases.of(ledger, AS_OF);
    long t1 = System.nanoTime();
    List<RepeatHistory> histories = new ArrayList<>();
    List<SpendHistory> spending = new ArrayList<>();
    for (int c = 0; c < ledger.customerCount(); c++) {
      if (purchases.count(c) == 0) continue;
      histories.add(CustomerValuation.repeatHistory(purchases, c));
      spending.add(CustomerValuation.spendHistory(purchases, c));
    }
    long t2 = System.nanoTime();
    ModelFit<BgNbdParameters> bgNbd = BgNbdModel.fit(histories);
    long t3 = System.nanoTime();
    GammaGammaModel.fit(spending);
    long t4 = System.nanoTime();
    double sum = 0;
    for (RepeatHistory h : histories) sum += bgNbd.parameters().expectedPurchases(h, 52) + bgNbd.parameters().probabilityAlive(h);
    long t5 = System.nanoTime();
    System.out.printf("%s breakdown: snapshot + purchases %.0f ms, histories %.0f ms, BG/NBD fit %.0f ms, Gamma-Gamma fit %.0f ms,"
        + " P(alive) and E[orders] for all %.0f ms (%d customers, checksum %.1f)%n", what, (t1 - t0) / 1e6, (t2 - t1) / 1e6,
        (t3 - t2) / 1e6, (t4 - t3) / 1e6, (t5 - t4) / 1e6, snapshot.customerCount(), sum);
  }

  // Snapshot, purchases, both fits and every customer's figures, the ledger already in memory.
  private static void timeComputation(String what, Ledger ledger, int runs) {
    double[] ms = new double[runs];
    CustomerValues values = null;
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      CustomerSnapshot snapshot = CustomerSnapshot.of(ledger, AS_OF);
      values = CustomerValuation.of(snapshot, CustomerPurchases.of(ledger, AS_OF), CpmThresholds.DEFAULTS, AtRiskRule.DEFAULT);
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    System.out.printf("%s, computed with the ledger in memory: median %.0f ms of %d (min %.0f, max %.0f)%n", what, ms[runs / 2],
        runs, ms[0], ms[runs - 1]);
    report(what, values);
  }

  private static void report(String what, CustomerValues v) {
    System.out.printf("%s: %d customers, %d at risk; BG/NBD %s %s LL %.1f; Gamma-Gamma %s %s%n", what, v.customers().size(),
        v.atRisk().size(), v.bgNbd().outcome(), v.bgNbd().parameters(), v.bgNbd().logLikelihood(), v.gammaGamma().outcome(),
        v.gammaGamma().parameters());
  }

  private static Ledger ledger(DemoShopGenerator shop) {
    List<SaleLineInput> lines = shop.lines()
        .filter(l -> l.customerCode() != null)
        .sorted(Comparator.comparing(SaleLineInput::customerCode)
            .thenComparing(SaleLineInput::date)
            .thenComparing(SaleLineInput::time, Comparator.nullsLast(Comparator.<LocalTime>naturalOrder()))
            .thenComparing(SaleLineInput::orderNo, Comparator.nullsLast(Comparator.<String>naturalOrder())))
        .toList();
    LedgerBuilder builder = new LedgerBuilder(1, 1, lines.size());
    long id = 0;
    String code = null;
    for (SaleLineInput l : lines) {
      if (!l.customerCode().equals(code)) {
        code = l.customerCode();
        builder.customer(++id, code, null);
      }
      builder.line(id, l.date(), l.time(), l.orderNo(), null, l.amount());
    }
    return builder.build();
  }

  private static ImportSource source() {
    try {
      String name = "benchmark-sales.csv";
      return new ImportSource(name, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(name.getBytes(StandardCharsets.UTF_8))), ImportKind.SALES);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
