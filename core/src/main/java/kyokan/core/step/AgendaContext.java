package kyokan.core.step;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import kyokan.core.client.Client;
import kyokan.core.engagement.Engagement;

/**
 * What a step knows when it adds to a meeting's agenda: the client, the engagement, the meeting's month, the
 * reader's language and the core services. "Since the last meeting" is {@link #since()}: the first day of the
 * month before the meeting's, as the program meets monthly.
 */
public record AgendaContext(Client client, Engagement engagement, YearMonth meetingMonth, Locale locale,
    CoreServices services) {

  public LocalDate since() {
    return meetingMonth.minusMonths(1).atDay(1);
  }
}
