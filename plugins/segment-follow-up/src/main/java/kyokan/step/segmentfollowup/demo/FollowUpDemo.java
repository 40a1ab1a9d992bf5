package kyokan.step.segmentfollowup.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import kyokan.core.analytics.CpmCell;
import kyokan.core.db.Database;
import kyokan.core.demo.DemoCampaignResponses;
import kyokan.core.demo.DemoShopGenerator;
import kyokan.core.demo.DemoShopSpec;
import kyokan.core.i18n.Messages;
import kyokan.core.importing.ImportKind;
import kyokan.core.jobs.Progress;
import kyokan.core.outreach.Arm;
import kyokan.core.outreach.Campaign;
import kyokan.core.outreach.CampaignService;
import kyokan.core.outreach.Channel;
import kyokan.core.outreach.MailingList;
import kyokan.core.outreach.NewCampaign;
import kyokan.core.outreach.PrintSettings;
import kyokan.core.outreach.PrintSettingsService;
import kyokan.core.outreach.TargetListService;
import kyokan.core.outreach.TargetMember;
import kyokan.core.outreach.TargetRule;
import kyokan.core.sales.ImportSource;
import kyokan.core.sales.SalesImportService;
import kyokan.core.step.DemoContext;
import kyokan.step.segmentfollowup.plan.FollowUpPlan;

/**
 * Step 4 in the demo shop: the plan as saved, the shop's return address, one campaign sent two months ago whose
 * result is measured by the code (the generator makes each mailed customer a little likelier to come back, the
 * held-out ones get nothing extra), and one campaign ready to print.
 */
public final class FollowUpDemo {
  /** Each mailed customer's extra chance of a purchase in the window: a small, real effect for the code to find. */
  static final double LIFT = 0.15;
  static final long SEED = 20_260_404L;

  private FollowUpDemo() {}

  public static void prepare(DemoContext ctx, Messages ja) {
    long clientId = ctx.client().getId();
    long owner = ctx.owner().getId();
    FollowUpPlan plan = new FollowUpPlan(ctx.services().get(Database.class), ctx.services().get(Clock.class));
    plan.save(clientId, plan.of(clientId, ja), owner);
    ctx.services().get(PrintSettingsService.class).save(clientId,
        new PrintSettings(ctx.client().getName(), "154-0004", "東京都世田谷区太子堂4-1-1 キャロットタワー1F", "03-1234-5678", 0, 0, 1));
    YearMonth lastMonth = YearMonth.from(ctx.today()).minusMonths(1);
    CampaignService campaigns = ctx.services().get(CampaignService.class);
    TargetRule lapsed = new TargetRule(lastMonth.minusMonths(3).atEndOfMonth(),
        EnumSet.of(CpmCell.TODDLER_LAPSED, CpmCell.STEADY_LAPSED), null, null, null, null, true);
    LocalDate send = lastMonth.minusMonths(2).atDay(8);
    NewCampaign returnPostcard = new NewCampaign("お久しぶりはがき(よちよち・コツコツ離脱)", lapsed, Channel.POSTCARD, send, 85,
        "はがき持参で焼き菓子ひとつ", 30, ja.get("campaigns.defaultMessage"), 20);
    TargetListService lists = ctx.services().get(TargetListService.class);
    Campaign sent = campaigns.create(clientId, returnPostcard, owner, lists.draw(clientId, lapsed, 20, SEED));
    campaigns.markSent(clientId, sent.getId(), owner);
    importResponses(ctx, sent, lists);
    TargetRule loyal = new TargetRule(lastMonth.atEndOfMonth(), EnumSet.of(CpmCell.LOYAL), null, null, null, null, true);
    campaigns.create(clientId, new NewCampaign("新豆の先行ご案内(優良客)", loyal, Channel.LETTER, ctx.today().plusDays(5), 120,
        null, 30, ja.get("demo.loyalLetter"), 15), owner, lists.draw(clientId, loyal, 15, SEED + 1));
  }

  /** The extra purchases the mail brought, imported as the shop's till would have recorded them. */
  private static void importResponses(DemoContext ctx, Campaign campaign, TargetListService lists) {
    long clientId = ctx.client().getId();
    List<Long> contacted = lists.members(clientId, campaign.getTargetListId()).stream()
        .filter(m -> m.arm() == Arm.CONTACTED).map(TargetMember::customerId).toList();
    List<String> codes = ctx.services().get(MailingList.class).entries(clientId, contacted).stream()
        .map(e -> e.customer().getCode()).sorted().toList();
    LocalDate end = YearMonth.from(ctx.today()).minusMonths(1).atEndOfMonth();
    var menu = new DemoShopGenerator(DemoShopSpec.sakuraCoffee(end)).products();
    var lines = DemoCampaignResponses.lines(codes, menu, campaign.getSendDate(), campaign.getWindowDays(), LIFT, SEED, "DM" + campaign.getId());
    String name = "demo-campaign-" + campaign.getId() + "-responses.csv";
    ctx.services().get(SalesImportService.class).importSales(clientId, ImportSource.generated(name, ImportKind.SALES),
        lines.iterator(), 0, ctx.owner(), Progress.NONE);
  }
}
