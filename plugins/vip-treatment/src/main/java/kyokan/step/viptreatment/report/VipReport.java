package kyokan.step.viptreatment.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.i18n.Messages;
import kyokan.core.i18n.MoneyFormat;
import kyokan.core.report.ReportBlock;
import kyokan.core.report.ReportContext;
import kyokan.core.step.StepView;
import kyokan.step.viptreatment.atrisk.VipWatch;
import kyokan.step.viptreatment.common.VipServices;
import kyokan.step.viptreatment.retention.RetentionMonth;
import kyokan.step.viptreatment.retention.RetentionPage;
import kyokan.step.viptreatment.retention.RosterRetention;
import kyokan.step.viptreatment.roster.Roster;
import kyokan.step.viptreatment.roster.RosterMember;
import kyokan.step.viptreatment.treatments.Treatment;

/**
 * Step 6's section of the progress report: the roster and its changes since the month before, VIPs at risk,
 * retention month by month (chart and table), and the treatments of the month and the last 12 months by perk.
 * The shop's free-text notes about customers are never printed.
 */
public final class VipReport {
  static final int MONTHS = 6;
  private final Messages m;

  public VipReport(Messages messages) {
    this.m = messages;
  }

  public List<ReportBlock> section(ReportContext ctx) {
    long clientId = ctx.client().getId();
    LocalDate asOf = ctx.asOf();
    FigureFormat format = FigureFormat.of(ctx.client());
    List<ReportBlock> blocks = new ArrayList<>();
    VipWatch watch = VipWatch.of(ctx.services(), clientId, asOf);
    Roster roster = watch.roster();
    Roster before = VipServices.roster(ctx.services()).of(clientId, YearMonth.from(asOf).minusMonths(1).atEndOfMonth());
    blocks.add(ReportBlock.subheading(m.get("report.roster")));
    blocks.add(ReportBlock.paragraph(m.format("report.roster.text", asOf.toString(), roster.members().size(),
        roster.joinedSince(before).size(), roster.leftSince(before).size(), watch.atRisk().size())));
    List<List<String>> changes = new ArrayList<>();
    for (RosterMember r : roster.joinedSince(before)) changes.add(List.of(m.get("report.joined"), r.label(), cell(r)));
    for (RosterMember r : roster.leftSince(before)) changes.add(List.of(m.get("report.left"), r.label(), cell(r)));
    if (!changes.isEmpty()) {
      blocks.add(ReportBlock.table(List.of(m.get("report.change"), m.get("vip.customer"), m.get("vip.cell")), changes, true));
    }
    RosterRetention retention = RosterRetention.of(ctx.services(), clientId, ctx.dataMonth(), MONTHS);
    blocks.add(ReportBlock.subheading(m.get("retention.title")));
    StepView view = new StepView(null, ctx.client(), ctx.engagement(), m);
    blocks.add(ReportBlock.chart(RetentionPage.chart(view, retention)));
    List<List<String>> rows = new ArrayList<>();
    for (RetentionMonth r : retention.months()) {
      rows.add(List.of(r.month().toString(), Integer.toString(r.vipsBefore()), percent(r.retainedShare()),
          percent(r.lapsedShare()), Integer.toString(r.vips()), percent(r.revenueShare())));
    }
    blocks.add(ReportBlock.table(List.of(m.get("retention.month"), m.get("retention.vipsBefore"), m.get("retention.kept"),
        m.get("retention.lapsed"), m.get("retention.vips"), m.get("retention.revenueShare")), rows, true));
    blocks.add(ReportBlock.subheading(m.get("report.treatments")));
    List<Treatment> year = VipServices.treatments(ctx.services()).between(clientId, asOf.minusDays(364), asOf);
    long monthCount = year.stream().filter(t -> YearMonth.from(t.getTreatedOn()).equals(ctx.dataMonth())).count();
    long monthCost = year.stream().filter(t -> YearMonth.from(t.getTreatedOn()).equals(ctx.dataMonth())).mapToLong(Treatment::getCostMinor).sum();
    blocks.add(ReportBlock.paragraph(m.format("report.treatments.text", monthCount, format.money(monthCost), year.size(),
        format.money(year.stream().mapToLong(Treatment::getCostMinor).sum()))));
    Map<String, long[]> byPerk = new TreeMap<>();
    for (Treatment t : year) {
      long[] v = byPerk.computeIfAbsent(t.getPerkName(), k -> new long[2]);
      v[0]++;
      v[1] += t.getCostMinor();
    }
    if (!byPerk.isEmpty()) {
      List<List<String>> perks = new ArrayList<>();
      byPerk.forEach((name, v) -> perks.add(List.of(name, Long.toString(v[0]), format.money(v[1]))));
      blocks.add(ReportBlock.table(List.of(m.get("treatment.perk"), m.get("report.count"), m.get("treatment.cost")), perks, true));
    }
    return blocks;
  }

  private String cell(RosterMember r) {
    return r.cell() == null ? FigureFormat.NONE : m.get("cell." + r.cell().name());
  }

  private static String percent(java.util.OptionalDouble d) {
    return d.isPresent() ? MoneyFormat.percent(d.getAsDouble()) : FigureFormat.NONE;
  }
}
