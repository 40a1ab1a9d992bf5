package kyokan.core.outreach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import kyokan.core.TestDatabase;
import kyokan.core.account.User;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CpmCell;
import kyokan.core.client.Client;
import kyokan.core.sales.Customer;
import kyokan.core.sales.CustomerInput;
import kyokan.core.sales.CustomerMapper;
import kyokan.core.segmentation.SegmentationService;
import kyokan.core.segmentation.ShopSales;
import kyokan.core.segmentation.ThresholdService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attribution on a real database (METHOD.md "Response"): every customer's outcome is fixed by hand, so each
 * arm's figures are the sum of its members' outcomes whichever way the seeded draw fell.
 */
class CampaignResultsTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);
  private static final LocalDate SEND = LocalDate.of(2024, 4, 10);
  @TempDir Path dir;
  private TestDatabase data;
  private User consultant;
  private Client client;
  private TargetListService lists;
  private CampaignService campaigns;
  private CampaignResults results;
  private ContactLog contacts;

  /** Per customer code: responded?, orders in the window, net revenue in the window (for the campaign sent on SEND). */
  private final Map<String, int[]> outcome = new HashMap<>();

  @BeforeEach
  void open() {
    data = TestDatabase.open(dir);
    consultant = data.consultant("yamada@example.jp");
    client = data.client(consultant, "さくら珈琲店");
    AnalyticsService analytics = new AnalyticsService(data.db(), data.ledgerVersion());
    SegmentationService segmentation = new SegmentationService(data.db(), analytics, new ThresholdService(data.db(), data.clock()));
    lists = new TargetListService(data.db(), analytics, segmentation, data.clock());
    contacts = new ContactLog(data.db(), data.clock());
    campaigns = new CampaignService(data.db(), lists, contacts, data.clock());
    results = new CampaignResults(data.db(), analytics, segmentation, campaigns, lists);
    ShopSales.of()
        // Every customer's first purchase is in January: all 初回 on 2024-03-31.
        .line("2024-01-05", "A", "A0", 1_000).line("2024-04-10", "A", "A1", 1_000)         // on the send date
        .line("2024-01-05", "B", "B0", 1_000).line("2024-05-09", "B", "B1", 2_000)         // the window's last day
        .line("2024-01-05", "C", "C0", 1_000).line("2024-05-10", "C", "C1", 5_000)         // the day after
        .line("2024-01-05", "D", "D0", 1_000).line("2024-04-15", "D", "D1", 800)
        .line("2024-04-20", "D", "D2", -500)                                               // a refund in the window
        .line("2024-01-05", "E", "E0", 1_000).line("2024-04-12", "E", "E1", 1_000)
        .line("2024-04-12", "E", "E1", -1_000)                                             // fully refunded: no purchase
        .line("2024-01-05", "F", "F0", 1_000)                                              // never came back
        .line("2024-01-05", "G", "G0", 1_000)                                              // merged into H later
        .line("2024-04-20", "H", "H0", 700)                                                // not a customer on 03-31
        .line("2024-01-05", "I", "I0", 1_000)                                              // said no to contact
        .line("2024-01-05", "J", "J0", 1_000)                                              // no address
        .line("2024-06-30", "Z", "Z0", 100)                                                // data through June
        .importInto(data, client.getId(), consultant, "shop.csv");
    outcome.put("A", new int[] {1, 1, 1_000});
    outcome.put("B", new int[] {1, 1, 2_000});
    outcome.put("C", new int[] {0, 0, 0});
    outcome.put("D", new int[] {1, 2, 300});
    outcome.put("E", new int[] {0, 1, 0});
    outcome.put("F", new int[] {0, 0, 0});
    outcome.put("G", new int[] {1, 1, 700});
    for (String code : new String[] {"A", "B", "C", "D", "E", "F", "G", "H"}) contactable(code, true, "東京都渋谷区神宮前1-2-3");
    contactable("I", false, "東京都渋谷区神宮前1-2-3");
    contactable("J", true, "");
  }

  @AfterEach
  void close() {
    data.close();
  }

  private void contactable(String code, boolean consent, String address) {
    Customer c = customer(code);
    data.customers().update(client.getId(), c.getId(), new CustomerInput(code, "客" + code, null, null, null,
        address.isEmpty() ? null : "150-0001", address.isEmpty() ? null : address, null, null, consent));
  }

  private Customer customer(String code) {
    return data.db().read(s -> s.getMapper(CustomerMapper.class).selectByCode(client.getId(), code));
  }

  private NewCampaign postcard(LocalDate send, int holdout) {
    TargetRule rule = new TargetRule(AS_OF, EnumSet.of(CpmCell.FIRST_TIMER), null, null, null, null, true);
    return new NewCampaign("初回客へのお礼はがき", rule, Channel.POSTCARD, send, 85, "次回10%オフ", 30, "{氏名}様", holdout);
  }

  @Test
  void aRuleWithChosenCustomersDrawsOnlyThemStillLeavingOutThoseWhoMayNotBeContacted() {
    Set<Long> chosen = Set.of(customer("A").getId(), customer("B").getId(), customer("I").getId(), customer("H").getId());
    TargetRule rule = new TargetRule(AS_OF, EnumSet.of(CpmCell.FIRST_TIMER), null, null, null, null, false, chosen);
    TargetListService.Draft draft = lists.draw(client.getId(), rule, 0, 7L);
    Map<Long, Arm> arms = new HashMap<>();
    draft.members().forEach(m -> arms.put(m.customerId(), m.arm()));
    assertEquals(Map.of(customer("A").getId(), Arm.CONTACTED, customer("B").getId(), Arm.CONTACTED,
        customer("I").getId(), Arm.NO_CONSENT), arms, "H was not a customer on 03-31; C–G were not chosen");
    assertEquals(chosen, new NewCampaign("n", rule, Channel.POSTCARD, SEND, 0, null, 30, "", 0).rule().customerIds(),
        "a channel by post keeps the chosen customers");
  }

  @Test
  void aRuleWithAnEmptyChoiceOfCustomersIsRefused() {
    assertEquals("error.noCustomers", org.junit.jupiter.api.Assertions.assertThrows(kyokan.core.ValidationException.class,
        () -> new TargetRule(AS_OF, EnumSet.of(CpmCell.FIRST_TIMER), null, null, null, null, false, Set.of()))
        .problems().get("customers"));
  }

  @Test
  void eachArmCountsItsMembersPurchasesInTheWindowWithMergedCustomersReadAsTheKeptOne() {
    Campaign campaign = campaigns.create(client.getId(), postcard(SEND, 50), consultant.getId());
    data.customerMerges().merge(client.getId(), customer("H").getId(), customer("G").getId(), consultant);

    CampaignResult r = results.of(client.getId(), campaign.getId());

    assertEquals(1, r.noConsent(), "I said no");
    assertEquals(1, r.noAddress(), "J has no address for a postcard");
    assertEquals(7, r.contacted().customers() + r.heldOut().customers(), "A–G drawn; H was not a customer on 03-31");
    int[] contacted = new int[3];
    int[] held = new int[3];
    for (TargetMember m : lists.members(client.getId(), campaign.getTargetListId())) {
      if (!m.arm().isInDraw()) continue;
      String code = data.db().read(s -> s.getMapper(CustomerMapper.class).selectById(client.getId(), m.customerId())).getCode();
      int[] o = outcome.get(code);
      int[] sum = m.arm() == Arm.CONTACTED ? contacted : held;
      for (int i = 0; i < 3; i++) sum[i] += o[i];
    }
    assertArm(contacted, r.contacted());
    assertArm(held, r.heldOut());
    assertFalse(r.provisional(), "data run to June, past the window's end 2024-05-09");
    assertEquals(LocalDate.of(2024, 5, 9), campaign.windowEnd());
    assertEquals(85L * r.contacted().customers(), r.cost());
  }

  private static void assertArm(int[] expected, ArmResult arm) {
    assertEquals(expected[0], arm.responders(), "responders");
    assertEquals(expected[1], arm.orders(), "orders");
    assertEquals(expected[2], arm.revenue(), "revenue");
  }

  @Test
  void aCustomerInTwoOverlappingCampaignsCountsInEach() {
    Campaign first = campaigns.create(client.getId(), postcard(SEND, 0), consultant.getId());
    Campaign second = campaigns.create(client.getId(), postcard(LocalDate.of(2024, 5, 1), 0), consultant.getId());

    CampaignResult a = results.of(client.getId(), first.getId());
    CampaignResult b = results.of(client.getId(), second.getId());

    assertEquals(7, a.contacted().customers());
    assertEquals(3, a.contacted().responders(), "A on the send date, B on the last day, D; E was fully refunded");
    assertEquals(7, b.contacted().customers());
    assertEquals(2, b.contacted().responders(), "B on 05-09 and C on 05-10, both inside 05-01 … 05-30");
    assertTrue(a.comparison().isEmpty(), "no holdout, no comparison");
  }

  @Test
  void sendingLogsOneContactPerContactedCustomerOnce() {
    Campaign campaign = campaigns.create(client.getId(), postcard(SEND, 50), consultant.getId());
    assertTrue(campaigns.markSent(client.getId(), campaign.getId(), consultant.getId()));
    assertFalse(campaigns.markSent(client.getId(), campaign.getId(), consultant.getId()), "a second send changes nothing");
    int contacted = results.of(client.getId(), campaign.getId()).contacted().customers();
    int logged = 0;
    for (TargetMember m : lists.members(client.getId(), campaign.getTargetListId())) {
      int n = contacts.forCustomer(client.getId(), m.customerId()).size();
      assertEquals(m.arm() == Arm.CONTACTED ? 1 : 0, n, m.arm() + " customer " + m.customerId());
      logged += n;
    }
    assertEquals(contacted, logged);
  }

  @Test
  void theSameSeedOnTheSameDataDrawsTheSameList() {
    TargetRule rule = postcard(SEND, 15).rule();
    TargetListService.Draft one = lists.draw(client.getId(), rule, 30, 99L);
    TargetListService.Draft two = lists.draw(client.getId(), rule, 30, 99L);
    assertEquals(Set.copyOf(one.members()), Set.copyOf(two.members()));
    int held = one.count(Arm.HELD_OUT);
    assertTrue(held == 2 || held == 3, "7 × 30 % = 2.1: two or three held out, not " + held);
  }
}
