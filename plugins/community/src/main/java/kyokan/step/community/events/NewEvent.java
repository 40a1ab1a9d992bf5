package kyokan.step.community.events;

import java.time.LocalDate;

/** An event as the shop plans it: title, kind, date, place, capacity and its cost (minor units). */
public record NewEvent(String title, EventRow.Kind kind, LocalDate date, String place, int capacity, long costMinor) {
  public static final int TITLE_LIMIT = 200;
  public static final int PLACE_LIMIT = 200;
}
