package kyokan.step.newcustomercare.results;

import java.util.Optional;
import kyokan.core.outreach.stats.MeanDifference;
import kyokan.core.outreach.stats.ResponseComparison;

/**
 * F2 within one window (90 or 180 days after the first purchase), contacted against held out, among the customers
 * whose window has passed in the imported data.
 *
 * @param contactedRevenue the contacted customers' net revenue after the first purchase within the window, summed
 * @param f2 the F2 comparison (Newcombe interval, Fisher's p, verdict), once both arms have a customer
 * @param revenue revenue per person, contacted minus held out, with its bootstrap interval, likewise
 */
public record WindowResult(int days, int contacted, int contactedSecond, long contactedRevenue, int heldOut,
    int heldOutSecond, long heldOutRevenue, Optional<ResponseComparison> f2, Optional<MeanDifference> revenue) {}
