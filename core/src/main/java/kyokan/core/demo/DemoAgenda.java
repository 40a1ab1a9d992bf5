package kyokan.core.demo;

import java.util.Arrays;

/** Who comes in on which day: per day, the customer events in the order they were booked. */
final class DemoAgenda {
  private final int[][] events;
  private final int[] sizes;

  DemoAgenda(int days) {
    events = new int[days][];
    sizes = new int[days];
  }

  void add(int day, int event) {
    int[] list = events[day];
    if (list == null) {
      list = events[day] = new int[8];
    } else if (sizes[day] == list.length) {
      list = events[day] = Arrays.copyOf(list, list.length * 2);
    }
    list[sizes[day]++] = event;
  }

  /** Events booked for the day so far; may grow while the day is processed. */
  int size(int day) {
    return sizes[day];
  }

  int get(int day, int index) {
    return events[day][index];
  }

  void forget(int day) {
    events[day] = null;
    sizes[day] = 0;
  }
}
