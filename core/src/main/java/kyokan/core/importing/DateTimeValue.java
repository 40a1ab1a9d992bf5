package kyokan.core.importing;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A date read from a file, with the time of day if the value had one.
 *
 * @param time null when the value had no time
 */
public record DateTimeValue(LocalDate date, LocalTime time) {}
