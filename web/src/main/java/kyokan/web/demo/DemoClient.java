package kyokan.web.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import kyokan.core.account.User;
import kyokan.core.client.Client;
import kyokan.core.client.NewClient;
import kyokan.core.demo.DemoShopGenerator;
import kyokan.core.demo.DemoShopSpec;
import kyokan.core.engagement.Engagement;
import kyokan.core.jobs.Progress;
import kyokan.core.importing.ImportKind;
import kyokan.core.sales.ImportSource;
import kyokan.core.sales.SalesImportService;
import kyokan.core.step.DemoContext;
import kyokan.core.step.StepExtension;
import kyokan.web.Services;

/**
 * The demo client さくら珈琲店 for {@code --demo}: a consultant and a shop owner with documented
 * passwords, and a program in its seventh month with all seven steps open and worksheets in every
 * state, about three years of generated sales (2,000 customers, 30,000 lines), and each open step's own
 * demo data ({@link StepExtension#prepareDemo}), so a newcomer can look around a program in progress.
 * Created once; later starts leave it be.
 */
public final class DemoClient {
  public static final String CONSULTANT_EMAIL = "consultant@demo.kyokan.jp";
  public static final String CONSULTANT_PASSWORD = "kyokan-demo-consultant";
  public static final String OWNER_EMAIL = "owner@sakura-coffee.jp";
  public static final String OWNER_PASSWORD = "sakura-demo-owner";
  public static final String NAME = "さくら珈琲店";
  /** The demo is in the program's last month, so every step's pages and demo data can be looked at. */
  private static final int PROGRAM_MONTH = 7;

  private final Services services;

  public DemoClient(Services services) {
    this.services = services;
  }

  public void ensure() {
    services.accounts().findByEmail(CONSULTANT_EMAIL).ifPresentOrElse(c -> new DemoPortfolio(services).ensure(c), this::create);
  }

  private void create() {
    User consultant = services.accounts().createConsultant(CONSULTANT_EMAIL, "山田 恵子", CONSULTANT_PASSWORD);
    Client client = services.clients().create(consultant,
        new NewClient(NAME, "喫茶店(自家焙煎コーヒー・焼き菓子)", "佐倉 陽子", "owner@sakura-coffee.jp", "03-1234-5678"));
    User owner = services.accounts().createClientUserWithOwnPassword(client.getId(), OWNER_EMAIL, "佐倉 陽子", OWNER_PASSWORD);
    Engagement engagement = services.engagements().start(client.getId(),
        YearMonth.now(services.clock()).minusMonths(PROGRAM_MONTH - 1), consultant);
    loadLedger(client, owner);
    for (StepExtension step : services.steps().steps()) {
      if (step.number() > PROGRAM_MONTH) continue;
      services.engagements().setUnlocked(engagement.getId(), step.id(), true, consultant);
      fillWorksheet(engagement, step, owner, consultant);
      step.prepareDemo(new DemoContext(client, engagement, owner, consultant, LocalDate.now(services.clock()), services.core()));
    }
    new DemoPortfolio(services).ensure(consultant);
    System.out.println("デモクライアント「" + NAME + "」を作成しました / demo client created:");
    System.out.println("   コンサルタント / consultant : " + CONSULTANT_EMAIL + " / " + CONSULTANT_PASSWORD);
    System.out.println("   店主 / shop owner           : " + OWNER_EMAIL + " / " + OWNER_PASSWORD);
  }

  /** About three years of the shop's sales up to the end of last month, as if imported from its till. */
  private void loadLedger(Client client, User owner) {
    LocalDate end = YearMonth.now(services.clock()).minusMonths(1).atEndOfMonth();
    DemoShopGenerator shop = new DemoShopGenerator(DemoShopSpec.sakuraCoffee(end));
    SalesImportService imports = services.core().get(SalesImportService.class);
    imports.importProducts(client.getId(), source("products", ImportKind.PRODUCTS, end), shop.products().iterator(), 0, owner, Progress.NONE);
    imports.importCustomers(client.getId(), source("customers", ImportKind.CUSTOMERS, end), shop.customers().iterator(), 0, owner, Progress.NONE);
    imports.importSales(client.getId(), source("sales", ImportKind.SALES, end), shop.lineIterator(), 0, owner, Progress.NONE);
  }

  private static ImportSource source(String what, ImportKind kind, LocalDate end) {
    String name = "demo-" + what + "-" + end + ".csv";
    return ImportSource.generated(name, kind);
  }


  /** Step 1 reviewed with a comment, step 2 submitted, step 3 still a draft. */
  private void fillWorksheet(Engagement engagement, StepExtension step, User owner, User consultant) {
    Map<String, String> answers = step.demoAnswers();
    if (answers.isEmpty()) return;
    boolean submit = step.number() <= 2;
    int version = services.worksheets().save(engagement.getId(), step.id(), step.worksheet(), 0, answers, submit, owner);
    if (step.number() == 1) {
      String first = step.worksheet().questions().get(0).id();
      services.worksheets().comment(engagement.getId(), step.id(), step.worksheet(), first,
          "よく整理できています。来月からはAirレジの会計明細を毎月5日に取り込みましょう。", consultant);
      services.worksheets().markReviewed(engagement.getId(), step.id(), version, consultant);
    }
  }
}
