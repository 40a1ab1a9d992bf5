package kyokan.core.analytics;

import java.time.LocalDate;

/**
 * An F2 rate for one window length: of the customers whose first purchase is dated {@code firstFrom …
 * firstTo}, the share with a second purchase dated at most {@code windowDays} after the first (a second
 * purchase on the same day counts when it is a separate order).
 *
 * @param rate second-time buyers ÷ first-time buyers
 */
public record F2Rate(int windowDays, LocalDate firstFrom, LocalDate firstTo, Ratio rate) {}
