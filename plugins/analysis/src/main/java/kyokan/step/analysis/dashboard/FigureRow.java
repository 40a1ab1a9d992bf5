package kyokan.step.analysis.dashboard;

/**
 * One figure of the dashboard: this month beside the month before and the same month a year before.
 *
 * @param id the message keys are {@code fig.<id>} (name) and {@code fig.<id>.def} (definition)
 * @param detail what the value is made of ("¥1,200 ÷ ¥3,400"), "" when nothing to add
 * @param drill the drill-down's URL name, null when the figure has no customer list
 */
public record FigureRow(String id, String current, String previous, String yearBefore, String detail, String drill) {}
