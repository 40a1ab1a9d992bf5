package kyokan.web.support;

import java.time.LocalDate;
import java.time.YearMonth;
import kyokan.core.account.User;
import kyokan.core.client.Client;
import kyokan.core.client.NewClient;
import kyokan.core.demo.DemoShopGenerator;
import kyokan.core.demo.DemoShopSpec;
import kyokan.core.engagement.Engagement;
import kyokan.core.importing.ImportKind;
import kyokan.core.jobs.Progress;
import kyokan.core.sales.ImportSource;
import kyokan.core.sales.SalesImportService;
import kyokan.web.Services;

/**
 * Two consultants, each with a client and a client user; client X has an engagement with step 1
 * unlocked and step 2 locked.
 */
public final class Fixture {
  public static final String PASSWORD = "fixture-password-1";
  public static final String OPEN_STEP = "data-capture";
  public static final String LOCKED_STEP = "analysis";

  public final User consultantA;
  public final User consultantB;
  public final Client clientX;
  public final Client clientY;
  public final User userX;
  public final User userY;
  public final Engagement engagementX;
  public final Engagement engagementY;
  private final Services services;

  public Fixture(Services services) {
    this.services = services;
    consultantA = services.accounts().findByEmail(TestHost.ADMIN_EMAIL).orElseThrow();
    consultantB = services.accounts().createConsultant("b@test.kyokan.jp", "別の コンサルタント", PASSWORD);
    clientX = services.clients().create(consultantA, new NewClient("エックス焙煎所", "喫茶店", null, null, null));
    clientY = services.clients().create(consultantB, new NewClient("ワイ美容室", "美容室", null, null, null));
    userX = services.accounts().createClientUserWithOwnPassword(clientX.getId(), "x@test.kyokan.jp", "エックス 店主", PASSWORD);
    userY = services.accounts().createClientUserWithOwnPassword(clientY.getId(), "y@test.kyokan.jp", "ワイ 店主", PASSWORD);
    engagementX = services.engagements().start(clientX.getId(), YearMonth.now(services.clock()), consultantA);
    engagementY = services.engagements().start(clientY.getId(), YearMonth.now(services.clock()), consultantB);
    resetLocks();
  }

  /** Client X's sales: the demo coffee shop's generated ledger up to the end of last month, imported. */
  public void importDemoSales() {
    LocalDate end = YearMonth.now().minusMonths(1).atEndOfMonth();
    DemoShopGenerator shop = new DemoShopGenerator(DemoShopSpec.sakuraCoffee(end));
    services.core().get(SalesImportService.class).importSales(clientX.getId(),
        new ImportSource("sales.csv", "d".repeat(64), ImportKind.SALES), shop.lineIterator(), 0, userX, Progress.NONE);
  }

  /** Puts the step locks back as described, whatever a test request changed. */
  public void resetLocks() {
    services.engagements().setUnlocked(engagementX.getId(), OPEN_STEP, true, consultantA);
    services.engagements().setUnlocked(engagementX.getId(), LOCKED_STEP, false, consultantA);
    services.engagements().setUnlocked(engagementY.getId(), OPEN_STEP, true, consultantB);
    services.engagements().setUnlocked(engagementY.getId(), LOCKED_STEP, false, consultantB);
  }
}
