package kyokan.core.analytics;

/**
 * One product in Q8: its share of the active 優良 customers' window revenue, its share of all identified
 * window revenue, and the lift between them.
 *
 * @param loyalRevenue the active 優良 customers' net amount of this product in the window
 * @param loyalShare {@code loyalRevenue} ÷ their whole window revenue (lines without a product included)
 * @param identifiedRevenue every identified customer's net amount of this product in the window
 * @param identifiedShare {@code identifiedRevenue} ÷ all identified revenue in the window
 */
public record ProductPreference(ProductRef product, long loyalRevenue, Ratio loyalShare, long identifiedRevenue,
    Ratio identifiedShare) {

  /** {@code loyalShare ÷ identifiedShare}: above 1 when 優良 customers favour the product; NaN when undefined. */
  public double lift() {
    double all = identifiedShare.valueOrNaN();
    return all > 0 ? loyalShare.valueOrNaN() / all : Double.NaN;
  }
}
