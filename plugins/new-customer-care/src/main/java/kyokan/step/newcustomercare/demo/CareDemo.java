package kyokan.step.newcustomercare.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import kyokan.core.demo.DemoCampaignResponses;
import kyokan.core.demo.DemoShopGenerator;
import kyokan.core.demo.DemoShopSpec;
import kyokan.core.i18n.Messages;
import kyokan.core.importing.ImportKind;
import kyokan.core.jobs.Progress;
import kyokan.core.outreach.Arm;
import kyokan.core.outreach.PrintSettings;
import kyokan.core.outreach.PrintSettingsService;
import kyokan.core.sales.CustomerInput;
import kyokan.core.sales.ImportSource;
import kyokan.core.sales.SaleLineInput;
import kyokan.core.sales.SalesImportService;
import kyokan.core.step.DemoContext;
import kyokan.step.newcustomercare.common.Care;
import kyokan.step.newcustomercare.due.Task;
import kyokan.step.newcustomercare.due.TaskMarks;
import kyokan.step.newcustomercare.due.TaskState;
import kyokan.step.newcustomercare.enrolment.Enrolment;
import kyokan.step.newcustomercare.sequence.SequenceStep;
import kyokan.step.newcustomercare.sequence.SequenceVersion;

/**
 * Step 5 in the demo shop: the 3-3-3 sequence started six months ago (edited three months ago, so two versions are in
 * use), new customers enrolled week by week as they came, past contacts marked done (some late), a few skipped and the
 * last ten days' partly left overdue; a handful of first purchases this week so day-3 thank-you postcards are due now.
 * The generator makes each contacted customer a little likelier to buy again in the two months after the postcard;
 * held-out customers get nothing extra, so the result is the code's own measurement of a small, real effect.
 */
public final class CareDemo {
  static final double LIFT = 0.15;
  static final long SEED = 20_260_505L;
  static final int NEWCOMERS = 6;
  private static final String[][] NEWCOMER_NAMES = {
      {"早川 美緒", "ハヤカワ ミオ"}, {"桐島 蒼", "キリシマ アオイ"}, {"野々村 柚子", "ノノムラ ユズコ"},
      {"瀬戸 航平", "セト コウヘイ"}, {"朝比奈 詩織", "アサヒナ シオリ"}, {"真壁 大地", "マカベ ダイチ"}};

  private CareDemo() {}

  public static void prepare(DemoContext ctx, Messages ja) {
    long clientId = ctx.client().getId();
    LocalDate today = ctx.today();
    Care care = Care.of(ctx.services());
    ensureReturnAddress(ctx);
    importNewcomers(ctx);
    LocalDate start = YearMonth.from(today).minusMonths(6).atDay(1);
    LocalDate edited = YearMonth.from(today).minusMonths(3).atDay(1);
    SequenceVersion first = care.sequences().defaults(ja);
    long consultant = ctx.consultant().getId();
    care.sequences().save(clientId, start, first.holdoutPercent(), first.steps(), consultant);
    enrolWeekly(care, clientId, start, edited.minusDays(1));
    List<SequenceStep> steps = new ArrayList<>(first.steps());
    steps.set(1, new SequenceStep(2, 21, steps.get(1).channel(), ja.get("demo.secondContact"), true));
    care.sequences().save(clientId, start, first.holdoutPercent(), steps, consultant);
    enrolWeekly(care, clientId, edited, today);
    importRepeatPurchases(ctx, care);
    markPastTasks(ctx, care, ja);
  }

  private static void enrolWeekly(Care care, long clientId, LocalDate from, LocalDate to) {
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(7)) care.enrolments().enrolNew(clientId, d);
    care.enrolments().enrolNew(clientId, to);
  }

  private static void ensureReturnAddress(DemoContext ctx) {
    PrintSettingsService settings = ctx.services().get(PrintSettingsService.class);
    PrintSettings s = settings.get(ctx.client().getId());
    if (s.shopAddress() == null || s.shopAddress().isBlank()) {
      settings.save(ctx.client().getId(), new PrintSettings(ctx.client().getName(), "154-0004",
          "東京都世田谷区太子堂4-1-1 キャロットタワー1F", "03-1234-5678", 0, 0, 1));
    }
  }

  /** First-time customers of the last six days, typed in at the till with their address and consent. */
  private static void importNewcomers(DemoContext ctx) {
    long clientId = ctx.client().getId();
    List<CustomerInput> customers = new ArrayList<>();
    List<SaleLineInput> lines = new ArrayList<>();
    var menu = menu(ctx);
    for (int i = 0; i < NEWCOMERS; i++) {
      String code = "N" + ctx.today().getYear() + String.format("%03d", i + 1);
      customers.add(new CustomerInput(code, NEWCOMER_NAMES[i][0], NEWCOMER_NAMES[i][1], "090-0000-10" + (10 + i), null,
          "154-00" + (11 + i), "東京都世田谷区上馬" + (i + 1) + "-" + (3 + i) + "-" + (10 + i), null, null, true));
      var p = menu.get((i * 7) % menu.size());
      lines.add(new SaleLineInput(ctx.today().minusDays(i + 1), null, "NEW-" + code, 1, code, NEWCOMER_NAMES[i][0], p.code(),
          p.name(), 1, p.unitPrice()));
    }
    SalesImportService imports = ctx.services().get(SalesImportService.class);
    imports.importCustomers(clientId, ImportSource.generated("demo-newcomers-customers.csv", ImportKind.CUSTOMERS),
        customers.iterator(), 0, ctx.owner(), Progress.NONE);
    imports.importSales(clientId, ImportSource.generated("demo-newcomers-sales.csv", ImportKind.SALES), lines.iterator(), 0,
        ctx.owner(), Progress.NONE);
  }

  /** The contacted customers' extra second visits after the thank-you postcard, up to yesterday. */
  private static void importRepeatPurchases(DemoContext ctx, Care care) {
    long clientId = ctx.client().getId();
    Map<LocalDate, List<String>> byFirstPurchase = new TreeMap<>();
    var codes = ctx.services().get(kyokan.core.outreach.MailingList.class);
    List<Enrolment> contacted = care.enrolments().enrolments(clientId).stream().filter(e -> e.arm() == Arm.CONTACTED).toList();
    Map<Long, String> codeOf = new java.util.HashMap<>();
    for (var e : codes.entries(clientId, contacted.stream().map(Enrolment::customerId).toList())) {
      codeOf.put(e.customer().getId(), e.customer().getCode());
    }
    for (Enrolment e : contacted) {
      String code = codeOf.get(e.customerId());
      if (code != null) byFirstPurchase.computeIfAbsent(e.firstPurchase(), d -> new ArrayList<>()).add(code);
    }
    var menu = menu(ctx);
    List<SaleLineInput> lines = new ArrayList<>();
    LocalDate yesterday = ctx.today().minusDays(1);
    for (var group : byFirstPurchase.entrySet()) {
      List<String> sorted = group.getValue().stream().sorted().toList();
      for (SaleLineInput line : DemoCampaignResponses.lines(sorted, menu, group.getKey().plusDays(4), 60, LIFT,
          SEED + group.getKey().toEpochDay(), "F2-" + group.getKey())) {
        if (!line.date().isAfter(yesterday)) lines.add(line);
      }
    }
    if (lines.isEmpty()) return;
    ctx.services().get(SalesImportService.class).importSales(clientId,
        ImportSource.generated("demo-new-customer-care-repeats.csv", ImportKind.SALES), lines.iterator(), 0, ctx.owner(), Progress.NONE);
  }

  /** Past contacts done (most on time, some late), a few skipped; of the last ten days' some are still open. */
  private static void markPastTasks(DemoContext ctx, Care care, Messages ja) {
    LocalDate today = ctx.today();
    SplittableRandom random = new SplittableRandom(SEED);
    List<TaskMarks.Mark> marks = new ArrayList<>();
    for (Task t : care.board().tasks(ctx.client().getId())) {
      if (!t.isOpen() || !t.due().isBefore(today)) continue;
      double r = random.nextDouble();
      if (!t.due().isBefore(today.minusDays(10)) && r < 0.5) continue;
      LocalDate on;
      TaskState outcome = TaskState.DONE;
      String note = null;
      if (r > 0.92) {
        outcome = TaskState.SKIPPED;
        on = t.due().plusDays(1);
        note = ja.get("demo.skipNote");
      } else if (r > 0.75) {
        on = t.due().plusDays(4 + random.nextInt(9));
      } else {
        on = t.due().plusDays(random.nextInt(3));
      }
      if (on.isAfter(today)) on = today;
      marks.add(new TaskMarks.Mark(t, outcome, on, note));
    }
    care.marks().markEach(ctx.client().getId(), marks, ctx.owner().getId());
  }

  private static List<kyokan.core.sales.ProductInput> menu(DemoContext ctx) {
    LocalDate end = YearMonth.from(ctx.today()).minusMonths(1).atEndOfMonth();
    return new DemoShopGenerator(DemoShopSpec.sakuraCoffee(end)).products();
  }
}
