package kyokan.view.meeting;

/** One key figure on the agenda: this month, last month and the change, with its definition. */
public record FigureRow(String id, String label, String definition, String current, String previous, String change) {}
