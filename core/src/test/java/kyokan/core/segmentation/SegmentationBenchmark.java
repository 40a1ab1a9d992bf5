package kyokan.core.segmentation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import kyokan.core.TestDatabase;
import kyokan.core.account.User;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CellHistory;
import kyokan.core.analytics.CpmCells;
import kyokan.core.analytics.CpmThresholds;
import kyokan.core.analytics.Ledger;
import kyokan.core.analytics.MoveKind;
import kyokan.core.analytics.Movement;
import kyokan.core.client.Client;
import kyokan.core.demo.DemoShopGenerator;
import kyokan.core.demo.DemoShopSpec;
import kyokan.core.importing.ImportKind;
import kyokan.core.jobs.Progress;
import kyokan.core.sales.ImportSource;
import kyokan.core.sales.SalesImportService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Step 3's engine at benchmark size: the demo shop with 100,000 customers and 1,000,000 lines over three
 * years (as in the analytics benchmark) imported into a temp Derby, a threshold history of two saves,
 * then timed with the ledger in memory: every customer's cell at all 36 month ends plus the 35 movement
 * tables (target under 1 s), and a threshold preview (target under 200 ms). Not run by default:
 * {@code ./mvnw -q -o test -pl core -Dtest=SegmentationBenchmark -Dkyokan.benchmark=true -DargLine=-Xmx512m}
 */
@EnabledIfSystemProperty(named = "kyokan.benchmark", matches = "true")
class SegmentationBenchmark {
  private static final LocalDate END = LocalDate.of(2025, 5, 31);
  @TempDir Path dir;

  @Test
  void historyOfThirtySixMonthsAndAPreview() {
    DemoShopGenerator shop = new DemoShopGenerator(DemoShopSpec.sakuraCoffee(END).withSize(100_000, 1_000_000));
    try (TestDatabase data = TestDatabase.open(dir)) {
      User consultant = data.consultant("bench@example.jp");
      Client client = data.client(consultant, "さくら珈琲店 (benchmark)");
      long id = client.getId();
      long t0 = System.nanoTime();
      SalesImportService imports = data.salesImports();
      imports.importProducts(id, source("products", ImportKind.PRODUCTS), shop.products().iterator(), 0, consultant,
          Progress.NONE);
      imports.importCustomers(id, source("customers", ImportKind.CUSTOMERS), shop.customers().iterator(), 0, consultant,
          Progress.NONE);
      imports.importSales(id, source("sales", ImportKind.SALES), shop.lineIterator(), 0, consultant, Progress.NONE);
      System.out.printf("import (setup, not a target): %.1f s%n", (System.nanoTime() - t0) / 1e9);

      AnalyticsService analytics = new AnalyticsService(data.db(), data.ledgerVersion());
      ThresholdService thresholds = new ThresholdService(data.db(), data.clock());
      SegmentationService segmentation = new SegmentationService(data.db(), analytics, thresholds);
      Ledger ledger = analytics.ledger(id);
      YearMonth last = ledger.latestCompleteMonth().orElseThrow();
      YearMonth first = YearMonth.from(ledger.firstSale().orElseThrow());
      thresholds.save(id, first.atDay(1), CpmThresholds.byAmount(240, 90, 210, 13_000), consultant.getId());
      thresholds.save(id, first.plusMonths(24).atDay(1), CpmThresholds.byAmount(180, 60, 150, 12_000), consultant.getId());
      ThresholdHistory saved = thresholds.history(id);
      System.out.printf("ledger: %,d lines, %,d customer codes, %,d orders; months %s … %s%n", ledger.lineCount(),
          ledger.customerCount(), ledger.orderCount(), first, last);

      long c0 = System.nanoTime();
      historyAndMovements(ledger, last, saved);
      double coldMs = (System.nanoTime() - c0) / 1e6;
      double historyMs = medianMillis(11, () -> CellHistory.of(ledger, last, saved::atMonthEnd));
      double allMs = medianMillis(11, () -> historyAndMovements(ledger, last, saved));
      CellHistory history = historyAndMovements(ledger, last, saved);
      double namedMs = medianMillis(11, () -> history.movements().stream().map(Movement::namedMoves).toList());
      Movement lastMove = history.movement(last);
      System.out.printf("cell history %d months + %d movement tables, ledger in memory: first run %.0f ms, warm median"
          + " of 11 %.0f ms (target < 1,000 ms); of which the one pass %.0f ms%n", history.months().size(),
          history.movements().size(), coldMs, allMs, historyMs);
      System.out.printf("  named moves with their customer lists for all %d months: %.0f ms; heap of the history %,d KB%n",
          history.movements().size(), namedMs, history.approximateBytes() >> 10);
      System.out.printf("  %s: customers %,d; promotions %,d, lapses %,d, returns %,d; counts %s%n", last,
          history.customerCount(last), lastMove.count(MoveKind.PROMOTION), lastMove.count(MoveKind.LAPSE),
          lastMove.count(MoveKind.RETURN), history.counts(last));

      LocalDate asOf = last.atEndOfMonth();
      long s0 = System.nanoTime();
      segmentation.cellHistory(id, last);
      System.out.printf("SegmentationService.cellHistory, first call (versions read, history computed): %.0f ms%n",
          (System.nanoTime() - s0) / 1e6);
      long p0 = System.nanoTime();
      segmentation.preview(id, asOf, CpmThresholds.byAmount(200, 80, 200, 15_000));
      double firstPreviewMs = (System.nanoTime() - p0) / 1e6;
      int[] limit = {10_000};
      double previewMs = medianMillis(21, () -> segmentation.preview(id, asOf,
          CpmThresholds.byAmount(200, 80, 200, limit[0] += 100)));
      CpmCells preview = segmentation.preview(id, asOf, CpmThresholds.byAmount(200, 80, 200, 15_000));
      System.out.printf("threshold preview as of %s: first (snapshot computed) %.0f ms, then each new value, warm"
          + " median of 21, %.1f ms (target < 200 ms); counts %s%n", asOf, firstPreviewMs, previewMs, preview.counts());
      double suggestionMs = medianMillis(11, () -> segmentation.suggestion(id, asOf));
      ThresholdSuggestion suggestion = segmentation.suggestion(id, asOf);
      System.out.printf("suggestion: %.1f ms; %s (average order %,d, 90 %% of %,d gaps within %d days)%n", suggestionMs,
          suggestion.thresholds(), suggestion.amount().averageOrder(), suggestion.lapse().repeatGaps(),
          suggestion.lapse().percentileDays());
    }
  }

  private static CellHistory historyAndMovements(Ledger ledger, YearMonth last, ThresholdHistory saved) {
    CellHistory history = CellHistory.of(ledger, last, saved::atMonthEnd);
    List<Movement> movements = history.movements();
    if (movements.size() != history.months().size() - 1) throw new IllegalStateException("movements missing");
    return history;
  }

  private static double medianMillis(int runs, Supplier<?> work) {
    for (int i = 0; i < 5; i++) work.get();
    double[] times = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      work.get();
      times[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(times);
    return times[runs / 2];
  }

  private static ImportSource source(String what, ImportKind kind) {
    String name = "benchmark-" + what + ".csv";
    try {
      String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8)));
      return new ImportSource(name, sha, kind);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
