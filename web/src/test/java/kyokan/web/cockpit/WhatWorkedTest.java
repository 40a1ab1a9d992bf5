package kyokan.web.cockpit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import kyokan.core.analytics.CpmCell;
import kyokan.core.client.Client;
import kyokan.core.client.NewClient;
import kyokan.core.demo.DemoShopGenerator;
import kyokan.core.demo.DemoShopSpec;
import kyokan.core.importing.ImportKind;
import kyokan.core.jobs.Progress;
import kyokan.core.outreach.Campaign;
import kyokan.core.outreach.CampaignService;
import kyokan.core.outreach.Channel;
import kyokan.core.outreach.NewCampaign;
import kyokan.core.outreach.TargetRule;
import kyokan.core.sales.ImportSource;
import kyokan.core.sales.SalesImportService;
import kyokan.web.support.Fixture;
import kyokan.web.support.TestHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Campaigns of one kind in two of consultant A's shops pool into one estimate on A's page, and B sees none of it. */
class WhatWorkedTest {
  @TempDir Path temp;

  @Test
  void twoShopsCampaignsOfOneKindArePooledForTheirConsultantOnly() {
    try (TestHost host = TestHost.start(temp)) {
      Fixture f = new Fixture(host.services());
      Client second = host.services().clients().create(f.consultantA, new NewClient("ゼット茶房", "喫茶店", null, null, null));
      for (Client c : new Client[] {f.clientX, second}) sentCampaign(host, f, c);

      String page = host.client().login(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD).get("/cockpit/campaigns").body();
      assertEquals(1, count(page, "data-testid=\"what-worked-kind\""), "one kind: 初回離脱 × はがきDM");
      assertTrue(page.contains("2回・2店を合わせた反応率の差"), "pooled across the two shops");
      assertEquals(2, count(page, "data-testid=\"kind-campaign\""), "each shop's own beside it");
      assertTrue(page.contains("エックス焙煎所") && page.contains("ゼット茶房"));
      assertFalse(page.contains("ワイ美容室"), "another consultant's shop is never listed");

      String other = host.client().login("b@test.kyokan.jp", Fixture.PASSWORD).get("/cockpit/campaigns").body();
      assertTrue(other.contains("data-testid=\"what-worked-none\""));
      assertFalse(other.contains("エックス焙煎所") || other.contains("ゼット茶房"), "consultant B sees none of A's shops");
      assertEquals(403, host.client().login("x@test.kyokan.jp", Fixture.PASSWORD).get("/cockpit/campaigns").status(),
          "the shop owner never sees it");
    }
  }

  /** The demo shop's customers and sales, and a postcard to its lapsed first-timers sent two months ago. */
  private static void sentCampaign(TestHost host, Fixture f, Client client) {
    LocalDate end = YearMonth.now().minusMonths(1).atEndOfMonth();
    DemoShopGenerator shop = new DemoShopGenerator(DemoShopSpec.sakuraCoffee(end));
    SalesImportService imports = host.services().core().get(SalesImportService.class);
    imports.importCustomers(client.getId(), new ImportSource("c.csv", "c".repeat(64), ImportKind.CUSTOMERS),
        shop.customers().iterator(), 0, f.consultantA, Progress.NONE);
    imports.importSales(client.getId(), new ImportSource("s.csv", "b".repeat(64), ImportKind.SALES), shop.lineIterator(), 0,
        f.consultantA, Progress.NONE);
    TargetRule rule = new TargetRule(YearMonth.now().minusMonths(3).atEndOfMonth(), EnumSet.of(CpmCell.FIRST_TIMER_LAPSED),
        null, null, null, null, true);
    CampaignService campaigns = host.services().core().get(CampaignService.class);
    Campaign c = campaigns.create(client.getId(), new NewCampaign("初回離脱客へのはがき", rule, Channel.POSTCARD,
        YearMonth.now().minusMonths(2).atDay(5), 85, null, 30, "{氏名}様", 20), f.consultantA.getId());
    campaigns.markSent(client.getId(), c.getId(), f.consultantA.getId());
  }

  private static int count(String page, String needle) {
    int n = 0;
    for (int i = page.indexOf(needle); i >= 0; i = page.indexOf(needle, i + 1)) n++;
    return n;
  }
}
