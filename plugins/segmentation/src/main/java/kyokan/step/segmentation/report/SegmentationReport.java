package kyokan.step.segmentation.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CellHistory;
import kyokan.core.analytics.CpmAxis;
import kyokan.core.analytics.CpmCell;
import kyokan.core.analytics.CpmThresholds;
import kyokan.core.analytics.Movement;
import kyokan.core.i18n.Messages;
import kyokan.core.i18n.MoneyFormat;
import kyokan.core.report.ReportBlock;
import kyokan.core.report.ReportContext;
import kyokan.core.segmentation.SegmentationService;

/**
 * Step 3's section of the monthly progress report: the ten cells at the month's end beside the month before,
 * this month's movement (the named moves in a sentence, then the from × to table), and the cells over time
 * as a stacked chart. Every month is classified under the thresholds in force at its end, as on step 3's pages.
 */
public final class SegmentationReport {
  private static final CpmCell[] CELLS = CpmCell.values();

  private final Messages m;

  public SegmentationReport(Locale locale) {
    this.m = Messages.load("kyokan/step/segmentation/report/messages", locale, SegmentationReport.class.getClassLoader());
  }

  public List<ReportBlock> section(ReportContext ctx) {
    long clientId = ctx.client().getId();
    if (ctx.services().get(AnalyticsService.class).ledger(clientId).firstSale().isEmpty()) {
      return List.of(ReportBlock.paragraph(m.get("report.noData")));
    }
    CellHistory history = ctx.services().get(SegmentationService.class).cellHistory(clientId, ctx.dataMonth());
    YearMonth month = ctx.dataMonth();
    List<ReportBlock> blocks = new ArrayList<>();
    blocks.add(ReportBlock.subheading(m.format("report.cells", month.getYear(), month.getMonthValue())));
    blocks.add(ReportBlock.note(thresholds(history.thresholds(month), ctx.client().getCurrency())));
    blocks.add(cells(history, month));
    if (history.covers(month.minusMonths(1))) {
      Movement movement = history.movement(month);
      blocks.add(ReportBlock.subheading(m.get("report.movement")));
      blocks.add(ReportBlock.paragraph(MoveSentence.of(m, movement)));
      blocks.add(MovementTable.of(m, movement));
      blocks.add(ReportBlock.note(m.get("report.movement.note")));
    }
    blocks.add(ReportBlock.chart(CellsOverTime.of(m, history)));
    blocks.add(ReportBlock.note(m.get("report.chart.note")));
    return blocks;
  }

  private ReportBlock cells(CellHistory history, YearMonth month) {
    boolean before = history.covers(month.minusMonths(1));
    List<List<String>> rows = new ArrayList<>();
    int total = history.customerCount(month);
    int totalBefore = before ? history.customerCount(month.minusMonths(1)) : 0;
    for (CpmCell cell : CELLS) {
      int now = history.count(month, cell);
      int then = before ? history.count(month.minusMonths(1), cell) : 0;
      rows.add(List.of(name(m, cell), count(now), before ? count(then) : "–", before ? change(now - then) : "–",
          total == 0 ? "–" : MoneyFormat.percent((double) now / total)));
    }
    rows.add(List.of(m.get("report.total"), count(total), before ? count(totalBefore) : "–",
        before ? change(total - totalBefore) : "–", total == 0 ? "–" : "100.0%"));
    return ReportBlock.table(List.of(m.get("report.cell"), m.get("report.thisMonth"), m.get("report.previous"),
        m.get("report.change"), m.get("report.share")), rows);
  }

  private String thresholds(CpmThresholds t, String currency) {
    String big = t.axis() == CpmAxis.AMOUNT ? MoneyFormat.format(t.amountLimit(), currency) : m.format("report.countLimit", t.countLimit());
    return m.format("report.thresholds", t.lapseDays(), t.tenureShortDays(), t.tenureLongDays(), big);
  }

  static String name(Messages m, CpmCell cell) {
    return m.get("cell." + cell.name());
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String change(int d) {
    return d == 0 ? "±0" : (d > 0 ? "+" : "−") + count(Math.abs(d));
  }
}
