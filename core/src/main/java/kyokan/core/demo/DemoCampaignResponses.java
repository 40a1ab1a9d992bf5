package kyokan.core.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import kyokan.core.sales.ProductInput;
import kyokan.core.sales.SaleLineInput;

/**
 * What a demo campaign's mail did: each contacted customer comes in once more within the response window with
 * probability {@code lift}, on top of whatever the shop's generated ledger already has them buy. The held-out
 * customers get nothing extra, so the campaign's result is the code's own measurement of a real, small effect.
 */
public final class DemoCampaignResponses {
  private DemoCampaignResponses() {}

  /**
   * @param contactedCodes the contacted customers' codes, in a stable order
   * @param orderPrefix order numbers are {@code <prefix>-1, -2 …}, so the lines never merge into the generated ones
   */
  public static List<SaleLineInput> lines(List<String> contactedCodes, List<ProductInput> menu, LocalDate send,
      int windowDays, double lift, long seed, String orderPrefix) {
    SplittableRandom random = new SplittableRandom(seed);
    List<SaleLineInput> lines = new ArrayList<>();
    int order = 0;
    for (String code : contactedCodes) {
      if (random.nextDouble() >= lift) continue;
      LocalDate day = send.plusDays(random.nextInt(windowDays));
      int items = 1 + random.nextInt(2);
      order++;
      for (int i = 1; i <= items; i++) {
        ProductInput p = menu.get(random.nextInt(menu.size()));
        lines.add(new SaleLineInput(day, null, orderPrefix + "-" + order, i, code, null, p.code(), p.name(), 1, p.unitPrice()));
      }
    }
    return lines;
  }
}
