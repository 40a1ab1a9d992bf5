package kyokan.web.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import kyokan.core.account.User;
import kyokan.core.client.Client;
import kyokan.core.client.NewClient;
import kyokan.core.demo.DemoShopGenerator;
import kyokan.core.demo.DemoShopSpec;
import kyokan.core.engagement.Engagement;
import kyokan.core.importing.ImportKind;
import kyokan.core.jobs.Progress;
import kyokan.core.meeting.ItemOwner;
import kyokan.core.meeting.Meeting;
import kyokan.core.meeting.MeetingCalendar;
import kyokan.core.meeting.MeetingService;
import kyokan.core.meeting.NewActionItem;
import kyokan.core.sales.ImportSource;
import kyokan.core.sales.SalesImportService;
import kyokan.core.step.StepExtension;
import kyokan.web.Services;

/**
 * Two more generated clients for the demo consultant, in other months of their program, so the cockpit has
 * something to compare: a pastry shop in its second month (a meeting planned next week) and a general store
 * in its sixth (an action item overdue). Also a second consultant to hand clients to. Created once.
 */
final class DemoPortfolio {
  static final String SECOND_CONSULTANT_EMAIL = "consultant2@demo.kyokan.jp";
  static final String SECOND_CONSULTANT_PASSWORD = "kyokan-demo-consultant2";

  /** A generated shop: the demo generator with its own seed and size, started {@code monthsAgo} months ago. */
  record Shop(String name, String type, String owner, long seed, int customers, long lines, int monthsAgo) {}

  static final List<Shop> SHOPS = List.of(
      new Shop("はなみずき洋菓子店", "洋菓子店", "花水木 真理", 20_190_915L, 900, 12_000, 1),
      new Shop("こもれび雑貨店", "雑貨店", "木漏 日向", 20_170_301L, 1_500, 20_000, 5));

  private final Services services;

  DemoPortfolio(Services services) {
    this.services = services;
  }

  void ensure(User consultant) {
    List<Client> existing = services.clients().clientsOf(consultant);
    for (Shop shop : SHOPS) {
      if (existing.stream().noneMatch(c -> c.getName().equals(shop.name()))) create(consultant, shop);
    }
    if (services.accounts().findByEmail(SECOND_CONSULTANT_EMAIL).isEmpty()) {
      services.accounts().createConsultant(SECOND_CONSULTANT_EMAIL, "鈴木 健", SECOND_CONSULTANT_PASSWORD);
    }
  }

  private void create(User consultant, Shop shop) {
    Client client = services.clients().create(consultant, new NewClient(shop.name(), shop.type(), shop.owner(), null, null));
    YearMonth now = YearMonth.now(services.clock());
    Engagement engagement = services.engagements().start(client.getId(), now.minusMonths(shop.monthsAgo()), consultant);
    for (StepExtension step : services.steps().steps()) {
      if (step.number() <= shop.monthsAgo() + 1) services.engagements().setUnlocked(engagement.getId(), step.id(), true, consultant);
    }
    LocalDate end = now.minusMonths(1).atEndOfMonth();
    DemoShopGenerator generator = new DemoShopGenerator(DemoShopSpec.sakuraCoffee(end).withSeed(shop.seed())
        .withSize(shop.customers(), shop.lines()));
    String file = "demo-" + shop.seed() + "-" + end + ".csv";
    services.core().get(SalesImportService.class).importSales(client.getId(),
        ImportSource.generated(file, ImportKind.SALES),
        generator.lineIterator(), 0, consultant, Progress.NONE);
    if (shop.monthsAgo() == 1) {
      services.core().get(MeetingCalendar.class).plan(engagement, inAWeek(), LocalTime.of(15, 0),
          "https://meet.example.jp/kyokan-demo", consultant);
    } else {
      MeetingService meetings = services.core().get(MeetingService.class);
      Meeting last = meetings.open(engagement, now.minusMonths(1), consultant);
      meetings.addActionItem(client.getId(), engagement.getId(), last.getId(), new NewActionItem(
          "優良客リストの住所を確認する", ItemOwner.CLIENT, services.core().get(MeetingCalendar.class).today().minusDays(3)), consultant);
    }
  }

  private LocalDate inAWeek() {
    return services.core().get(MeetingCalendar.class).today().plusDays(7);
  }
}
