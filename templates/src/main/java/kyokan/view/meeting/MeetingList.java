package kyokan.view.meeting;

import java.util.List;

/** The engagement page's meetings section: the meetings held, and the months one can be opened for. */
public record MeetingList(List<MeetingRow> rows, List<MonthOption> months, String openAction) {
  public record MonthOption(String value, String label, boolean selected) {}
}
