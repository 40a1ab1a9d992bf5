package kyokan.core.meeting;

import java.time.LocalDate;
import java.time.YearMonth;
import kyokan.core.analytics.CpmCell;
import kyokan.core.analytics.MonthReport;
import kyokan.core.analytics.Ratio;

/**
 * The month's figures a meeting opens on, taken from the analytics engine's {@link MonthReport} (the
 * same numbers as the analysis pages and the printed report).
 *
 * @param captureRate identified revenue ÷ all revenue in the month
 * @param repeatShare Q1
 * @param newShare Q2
 * @param lapsing60to89 Q3: customers whose last purchase is 60–89 days before the as-of date
 * @param activeShare Q4: bought this month ÷ bought in the 365 days to the as-of date
 * @param f2Within90 Q5: the F2 rate within 90 days
 * @param loyalCount active 優良 customers
 * @param activeCustomers customers in one of the five active (not 離脱) cells
 */
public record KeyFigures(YearMonth month, LocalDate asOf, Ratio captureRate, Ratio repeatShare, Ratio newShare,
    int lapsing60to89, Ratio activeShare, Ratio f2Within90, int loyalCount, int activeCustomers) {

  public static KeyFigures of(MonthReport r) {
    int active = 0;
    for (CpmCell cell : CpmCell.values()) {
      if (!cell.isLapsed()) active += r.cpm().count(cell);
    }
    return new KeyFigures(r.month(), r.basis().asOf(), r.captureRate(), r.revenue().repeatShare(), r.revenue().newShare(),
        r.lapsing().days60to89().size(), r.active().shareOfYearsCustomers(), r.f2().within90().rate(),
        r.top().activeLoyalCount(), active);
  }
}
