package kyokan.step.newcustomercare.results;

import java.time.LocalDate;
import java.util.List;
import kyokan.step.newcustomercare.sequence.SequenceVersion;

/**
 * Step 5's results: who was enrolled, F2 and revenue per person per arm in the 90- and 180-day windows, each step's
 * completion, and the before/after F2 by first-purchase month.
 *
 * @param notNew enrolled customers who turned out not to be new (merged into an existing customer, or an earlier
 *     purchase imported since): left out of the comparison
 * @param dataThrough the last sale date in the ledger: a window has passed when it ends on or before it
 */
public record CareResult(SequenceVersion current, int contacted, int heldOut, int noConsent, int lateArrivals, int notNew,
    LocalDate dataThrough, WindowResult within90, WindowResult within180, List<StepCompletion> steps, List<MonthF2> months) {}
