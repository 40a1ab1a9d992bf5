package kyokan.step.viptreatment.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CpmCell;
import kyokan.core.i18n.Messages;
import kyokan.core.prediction.CustomerValue;
import kyokan.core.prediction.CustomerValueService;
import kyokan.core.sales.Customer;
import kyokan.core.sales.CustomerInput;
import kyokan.core.sales.CustomerService;
import kyokan.core.step.DemoContext;
import kyokan.step.viptreatment.common.VipServices;
import kyokan.step.viptreatment.roster.Pick;
import kyokan.step.viptreatment.roster.Roster;
import kyokan.step.viptreatment.roster.RosterMember;
import kyokan.step.viptreatment.roster.VipRoster;
import kyokan.step.viptreatment.treatments.Perk;
import kyokan.step.viptreatment.treatments.TreatmentLog;

/**
 * Step 6 in the demo shop, generated from its own data: the perk list, the roster by the 優良 rule with one
 * regular added by hand and one VIP taken off, treatments for about {@value #TREATED_PERCENT} % of the VIPs over
 * the last five months (seeded), and notes and a birthday on the first VIP's カルテ. The VIPs at risk are whoever
 * the generated sales make overdue by their own rhythm.
 */
public final class VipDemo {
  static final long SEED = 20_260_606L;
  static final int TREATED_PERCENT = 40;
  static final int SPREAD_DAYS = 150;

  private VipDemo() {}

  public static void prepare(DemoContext ctx, Messages ja) {
    long clientId = ctx.client().getId();
    long owner = ctx.owner().getId();
    var month = ctx.services().get(AnalyticsService.class).latestCompleteMonth(clientId);
    if (month.isEmpty()) return;
    LocalDate asOf = month.get().atEndOfMonth();
    List<Perk> perks = VipServices.perks(ctx.services()).of(clientId, ja);
    VipRoster roster = VipServices.roster(ctx.services());
    Roster now = roster.of(clientId, asOf);
    if (now.members().isEmpty()) return;
    List<CustomerValue> values = ctx.services().get(CustomerValueService.class).values(clientId, asOf).customers();
    values.stream().filter(v -> v.cell() == CpmCell.STEADY).max(java.util.Comparator.comparingInt(CustomerValue::purchases))
        .ifPresent(v -> roster.pick(clientId, v.customerId(), Pick.Kind.ADD, ja.get("demo.pick.add"),
            YearMonth.from(asOf).minusMonths(1).atEndOfMonth(), owner));
    RosterMember last = now.members().get(now.members().size() - 1);
    roster.pick(clientId, last.customerId(), Pick.Kind.REMOVE, ja.get("demo.pick.remove"), asOf, owner);
    Random random = new Random(SEED);
    TreatmentLog log = VipServices.treatments(ctx.services());
    List<RosterMember> members = new ArrayList<>(now.members());
    for (int i = 0; i < members.size() - 1; i++) {
      if (random.nextInt(100) >= TREATED_PERCENT) continue;
      Perk perk = perks.get(random.nextInt(perks.size()));
      LocalDate on = ctx.today().minusDays(1 + random.nextInt(SPREAD_DAYS));
      log.log(clientId, members.get(i).customerId(), new TreatmentLog.Entry(perk.getId(), on, ctx.owner().getDisplayName(),
          null, ja.get("demo.treatment.note." + random.nextInt(3))), owner);
    }
    RosterMember first = members.get(0);
    CustomerService customers = ctx.services().get(CustomerService.class);
    Customer c = customers.get(clientId, first.customerId());
    customers.update(clientId, c.getId(), new CustomerInput(c.getCode(), c.getName(), c.getKana(), c.getPhone(), c.getEmail(),
        c.getPostalCode(), c.getAddress(), LocalDate.of(1978, asOf.getMonthValue() % 12 + 1, 14), ja.get("demo.notes"),
        c.getContactConsent()));
  }
}
