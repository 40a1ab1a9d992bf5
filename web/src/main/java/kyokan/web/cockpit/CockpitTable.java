package kyokan.web.cockpit;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import kyokan.core.cockpit.AlertRow;
import kyokan.core.cockpit.CockpitRow;

/** The cockpit's sort and filters, on the rows as read: by program month and by alert. */
final class CockpitTable {
  static final List<String> COLUMNS = List.of("name", "program", "lastSale", "revenue", "attention", "nextMeeting");

  private CockpitTable() {}

  static List<CockpitRow> apply(List<CockpitRow> rows, String sort, boolean descending, String month, String alert) {
    Comparator<CockpitRow> order = comparator(sort);
    if (descending) order = order.reversed();
    return rows.stream().filter(r -> monthMatches(r, month)).filter(r -> alertMatches(r, alert))
        .sorted(order.thenComparing(r -> r.summary().getClientName())).toList();
  }

  static String column(String asked) {
    return asked != null && COLUMNS.contains(asked) ? asked : "attention";
  }

  private static Comparator<CockpitRow> comparator(String column) {
    return switch (column) {
      case "program" -> Comparator.comparingInt(CockpitRow::programMonth);
      case "lastSale" -> Comparator.comparing(r -> r.summary().getLastSale(), Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()));
      case "revenue" -> Comparator.comparingLong(r -> r.summary().getRevenue());
      case "attention" -> Comparator.comparingInt(CockpitRow::attention);
      case "nextMeeting" -> Comparator.comparing(CockpitRow::nextMeeting, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()));
      default -> Comparator.comparing(r -> r.summary().getClientName());
    };
  }

  private static boolean monthMatches(CockpitRow row, String month) {
    if (month == null || month.isBlank()) return true;
    try {
      return row.programMonth() == Integer.parseInt(month.strip());
    } catch (NumberFormatException e) {
      return true;
    }
  }

  /** "any", "data-late", "overdue", or a step's alert as {@code stepId:kind}. */
  private static boolean alertMatches(CockpitRow row, String alert) {
    if (alert == null || alert.isBlank()) return true;
    return switch (alert) {
      case "any" -> row.attention() > 0;
      case "data-late" -> row.dataLate();
      case "overdue" -> row.overdueItems() > 0;
      default -> row.alerts().stream().map(CockpitTable::kindOf).anyMatch(alert::equals);
    };
  }

  static String kindOf(AlertRow a) {
    return a.getStepId() + ":" + a.getKind();
  }
}
