package kyokan.web.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kyokan.core.demo.DemoShopGenerator;
import kyokan.core.demo.DemoShopSpec;
import kyokan.core.importing.ImportKind;
import kyokan.core.jobs.Progress;
import kyokan.core.sales.ImportSource;
import kyokan.core.sales.SalesImportService;
import kyokan.web.support.Fixture;
import kyokan.web.support.TestHost;
import kyokan.web.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load script for step 2's dashboard: a 1,000,000-line ledger (100,000 customers, 3 years) behind the
 * real host, 16 signed-in users each loading the dashboard (and a drill-down page) over HTTP as fast as
 * they can, after 20 untimed requests each. Targets with a warm cache: median under 50 ms, 99th
 * percentile under 200 ms. Not run by default:
 * {@code ./mvnw -q -o verify -pl web -Dtest=DashboardLoadBenchmark -Dkyokan.benchmark=true -DskipITs -Dsurefire.failIfNoSpecifiedTests=false}
 */
@EnabledIfSystemProperty(named = "kyokan.benchmark", matches = "true")
class DashboardLoadBenchmark {
  private static final int USERS = 16;
  private static final int REQUESTS_PER_USER = 100;
  // Untimed requests first, as a workbench that has been running a while has compiled its page code.
  private static final int WARM_UP_PER_USER = 20;
  @TempDir Path temp;

  @Test
  void sixteenUsersReadTheDashboard() throws Exception {
    try (TestHost host = TestHost.start(temp)) {
      Fixture f = new Fixture(host.services());
      DemoShopGenerator shop = new DemoShopGenerator(DemoShopSpec.sakuraCoffee(LocalDate.of(2025, 5, 31))
          .withSize(100_000, 1_000_000));
      long t0 = System.nanoTime();
      SalesImportService imports = host.services().core().get(SalesImportService.class);
      imports.importCustomers(f.clientX.getId(), new ImportSource("customers.csv", "1".repeat(64), ImportKind.CUSTOMERS),
          shop.customers().iterator(), 0, f.consultantA, Progress.NONE);
      imports.importSales(f.clientX.getId(), new ImportSource("sales.csv", "2".repeat(64), ImportKind.SALES),
          shop.lineIterator(), 0, f.consultantA, Progress.NONE);
      System.out.printf("import (setup): %.0f s%n", (System.nanoTime() - t0) / 1e9);

      String dashboard = "/clients/" + f.clientX.getId() + "/steps/analysis/dashboard";
      String drill = "/clients/" + f.clientX.getId() + "/steps/analysis/customers/lapsing-60?month=2025-05&page=3";
      WebClient first = host.client().login(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD);
      long c0 = System.nanoTime();
      assertEquals(200, first.get(dashboard).status());
      System.out.printf("first dashboard, cold (ledger loaded from Derby, 3 month reports, charts): %.0f ms%n",
          (System.nanoTime() - c0) / 1e6);

      for (String path : new String[] {dashboard, drill}) {
        List<Double> times = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(USERS);
        List<Future<?>> users = new ArrayList<>();
        long start = System.nanoTime();
        for (int u = 0; u < USERS; u++) {
          users.add(pool.submit(() -> {
            WebClient client = host.client().login(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD);
            for (int i = 0; i < WARM_UP_PER_USER; i++) client.get(path);
            for (int i = 0; i < REQUESTS_PER_USER; i++) {
              long s = System.nanoTime();
              WebClient.Response r = client.get(path);
              times.add((System.nanoTime() - s) / 1e6);
              if (r.status() != 200) throw new IllegalStateException(path + " answered " + r.status());
            }
            return null;
          }));
        }
        for (Future<?> user : users) user.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.printf("%s: %d users × %d requests, warm: median %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms"
                + " (%.0f requests/s, logins and untimed requests included)%n", path.contains("dashboard") ? "dashboard" : "drill-down page",
            USERS, REQUESTS_PER_USER, percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
            sorted.get(sorted.size() - 1), sorted.size() / seconds);
      }
    }
  }

  private static double percentile(List<Double> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }
}
