package kyokan.core.prediction;

import java.util.OptionalDouble;
import java.util.OptionalLong;
import kyokan.core.analytics.CpmCell;

/**
 * One customer's rhythm and predicted value as of a date. The model figures are empty when their model
 * could not be fitted to the client's data ({@link CustomerValues#bgNbd()}, {@link CustomerValues#gammaGamma()}).
 *
 * @param ledgerIndex the customer's index in the ledger the figures were computed from
 * @param cell the CPM cell under the thresholds in force on the as-of date
 * @param purchases orders with a net amount above zero up to the as-of date
 * @param medianGapDays the rhythm ({@link Rhythm}); empty with one purchase
 * @param daysSinceLastOrder recency in calendar days
 * @param atRisk by {@link AtRiskRule}
 * @param probabilityAlive BG/NBD's P(alive | x, t_x, T)
 * @param expectedOrders BG/NBD's expected orders in the next 52 weeks
 * @param expectedOrderValue Gamma-Gamma's expected value of an order, in minor units
 * @param predictedValue expected orders × expected order value, rounded to a whole minor unit (no discounting)
 */
public record CustomerValue(int ledgerIndex, long customerId, String code, String name, CpmCell cell, int purchases,
    OptionalDouble medianGapDays, int daysSinceLastOrder, boolean atRisk, OptionalDouble probabilityAlive,
    OptionalDouble expectedOrders, OptionalDouble expectedOrderValue, OptionalLong predictedValue) {}
