package kyokan.core.outreach;

/**
 * One arm of a campaign over its response window (METHOD.md, "Response").
 *
 * @param responders customers with a purchase in the window
 * @param orders every order of the arm's customers in the window
 * @param revenue net amount of those orders, minor units
 * @param progressed customers further along the path, or back from 離脱, at the month end after the window
 * @param progressKnown customers whose cell at that month end is known (0 while the month is not in the data)
 */
public record ArmResult(int customers, int responders, int orders, long revenue, int progressed, int progressKnown) {

  public double responseRate() {
    return customers == 0 ? 0 : (double) responders / customers;
  }

  /** Net revenue per customer of the arm, responders and non-responders alike, minor units. */
  public double revenuePerPerson() {
    return customers == 0 ? 0 : (double) revenue / customers;
  }

  public double progressRate() {
    return progressKnown == 0 ? 0 : (double) progressed / progressKnown;
  }
}
