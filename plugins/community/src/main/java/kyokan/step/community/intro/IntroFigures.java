package kyokan.step.community.intro;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import kyokan.core.analytics.CustomerOrders;
import kyokan.core.analytics.CustomerSnapshot;
import kyokan.core.analytics.Ledger;
import kyokan.core.outreach.stats.NewcombeInterval;
import kyokan.core.outreach.stats.Proportion;
import kyokan.core.outreach.stats.RateDifference;

/**
 * What introductions brought, as of the data's last sale: per introducer how many customers and their revenue so
 * far; and the F2 rate (a second purchase within 90 days of the first) of introduced customers against the other
 * new customers, over everyone whose 90 days have passed (observational: introduced people differ in more ways).
 */
public record IntroFigures(List<PerIntroducer> introducers, Proportion introducedF2, Proportion otherF2, RateDifference difference) {
  public static final int F2_DAYS = 90;

  /** One introducer's count and the revenue (minor units) of the customers they brought. */
  public record PerIntroducer(long customerId, String name, int count, long valueMinor) {}

  public static IntroFigures of(Ledger ledger, CustomerSnapshot snapshot, LocalDate asOf, List<Introduction> introductions) {
    Map<Long, PerIntroducer> per = new LinkedHashMap<>();
    Set<Long> introduced = new HashSet<>();
    LocalDate beginning = LocalDate.of(1900, 1, 1);
    for (Introduction i : introductions) {
      introduced.add(i.getCustomerId());
      OptionalInt index = ledger.customerIndex(i.getCustomerId());
      long value = index.isEmpty() ? 0 : CustomerOrders.between(ledger, index.getAsInt(), beginning, asOf).netAmount();
      PerIntroducer p = per.getOrDefault(i.getIntroducerId(), new PerIntroducer(i.getIntroducerId(), i.getIntroducerName(), 0, 0));
      per.put(i.getIntroducerId(), new PerIntroducer(p.customerId(), p.name(), p.count() + 1, p.valueMinor() + value));
    }
    int inN = 0, inF2 = 0, outN = 0, outF2 = 0;
    for (int c = 0; c < ledger.customerCount(); c++) {
      LocalDate first = snapshot.firstPurchase(c);
      if (first == null || first.plusDays(F2_DAYS).isAfter(asOf)) continue;
      boolean f2 = CustomerOrders.between(ledger, c, first, first.plusDays(F2_DAYS)).purchases() >= 2;
      if (introduced.contains(ledger.customerId(c))) {
        inN++;
        if (f2) inF2++;
      } else {
        outN++;
        if (f2) outF2++;
      }
    }
    List<PerIntroducer> list = new ArrayList<>(per.values());
    list.sort((a, b) -> Integer.compare(b.count(), a.count()));
    Proportion in = new Proportion(inF2, inN);
    Proportion out = new Proportion(outF2, outN);
    return new IntroFigures(List.copyOf(list), in, out, NewcombeInterval.of(in, out));
  }
}
