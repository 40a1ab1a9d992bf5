package kyokan.web.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import kyokan.core.client.Client;
import kyokan.core.client.NewClient;
import kyokan.core.demo.DemoShopGenerator;
import kyokan.core.demo.DemoShopSpec;
import kyokan.core.engagement.Engagement;
import kyokan.core.importing.ImportKind;
import kyokan.core.jobs.Progress;
import kyokan.core.sales.ImportSource;
import kyokan.core.sales.SalesImportService;
import kyokan.core.step.StepExtension;
import kyokan.web.support.Fixture;
import kyokan.web.support.TestHost;
import kyokan.web.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole monthly progress report (every section, the PDF written) over HTTP for a client with a
 * 1,000,000-line ledger (100,000 customers, 3 years), steps 1–3 open. Target with a warm analysis cache:
 * under 2 s. Not run by default:
 * {@code ./mvnw -q -o verify -pl web -Dtest=ReportBenchmark -Dkyokan.benchmark=true -DskipITs -Dsurefire.failIfNoSpecifiedTests=false}
 */
@EnabledIfSystemProperty(named = "kyokan.benchmark", matches = "true")
class ReportBenchmark {
  private static final int RUNS = 9;
  @TempDir Path temp;

  @Test
  void theWholeReportOfAMillionLineClient() throws Exception {
    try (TestHost host = TestHost.start(temp)) {
      Fixture f = new Fixture(host.services());
      Client client = host.services().clients().create(f.consultantA, new NewClient("ベンチ珈琲店", "喫茶店", null, null, null));
      Engagement engagement = host.services().engagements().start(client.getId(), YearMonth.of(2025, 3), f.consultantA);
      for (StepExtension step : host.services().steps().steps()) {
        if (step.number() <= 3) host.services().engagements().setUnlocked(engagement.getId(), step.id(), true, f.consultantA);
      }
      DemoShopGenerator shop = new DemoShopGenerator(DemoShopSpec.sakuraCoffee(LocalDate.of(2025, 5, 31)).withSize(100_000, 1_000_000));
      long t0 = System.nanoTime();
      SalesImportService imports = host.services().core().get(SalesImportService.class);
      imports.importCustomers(client.getId(), new ImportSource("customers.csv", "1".repeat(64), ImportKind.CUSTOMERS),
          shop.customers().iterator(), 0, f.consultantA, Progress.NONE);
      imports.importSales(client.getId(), new ImportSource("sales.csv", "2".repeat(64), ImportKind.SALES),
          shop.lineIterator(), 0, f.consultantA, Progress.NONE);
      System.out.printf("import (setup): %.0f s%n", (System.nanoTime() - t0) / 1e9);

      WebClient consultant = host.client().login(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD);
      String path = "/clients/" + client.getId() + "/engagements/" + engagement.getId() + "/report.pdf?month=2025-05";
      long c0 = System.nanoTime();
      WebClient.Download first = consultant.download(path);
      assertEquals(200, first.status());
      System.out.printf("first report, cold (ledger loaded from Derby, month reports, cell history, PDF): %.0f ms, %,d bytes%n",
          (System.nanoTime() - c0) / 1e6, first.bytes().length);
      List<Double> times = new ArrayList<>();
      for (int i = 0; i < RUNS; i++) {
        long s = System.nanoTime();
        assertEquals(200, consultant.download(path).status());
        times.add((System.nanoTime() - s) / 1e6);
      }
      Collections.sort(times);
      System.out.printf("whole report, warm cache, %d runs: median %.0f ms, min %.0f ms, max %.0f ms%n", RUNS,
          times.get(RUNS / 2), times.get(0), times.get(RUNS - 1));
    }
  }
}
