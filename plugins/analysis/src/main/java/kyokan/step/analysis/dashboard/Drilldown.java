package kyokan.step.analysis.dashboard;

import java.util.Optional;
import kyokan.core.analytics.CpmCell;
import kyokan.core.analytics.CustomerFigure;
import kyokan.core.analytics.CustomerList;
import kyokan.core.analytics.CustomerSnapshot;
import kyokan.core.analytics.MonthReport;

/**
 * A customer list the dashboard links to: a figure's customers ({@code lapsing-60}) or a CPM cell's
 * ({@code cell-loyal-lapsed}); its title and definition are {@code drill.<name>} and {@code drill.<name>.def}.
 */
public record Drilldown(String name, CustomerFigure figure, CpmCell cell) {
  private static final String CELL = "cell-";

  public static Optional<Drilldown> named(String name) {
    if (name.startsWith(CELL)) {
      for (CpmCell cell : CpmCell.values()) {
        if (name.equals(nameOf(cell))) return Optional.of(new Drilldown(name, null, cell));
      }
      return Optional.empty();
    }
    return Optional.ofNullable(CustomerFigure.fromUrlName(name)).map(f -> new Drilldown(name, f, null));
  }

  public static String nameOf(CpmCell cell) {
    return CELL + cell.name().toLowerCase().replace('_', '-');
  }

  public CustomerList members(CustomerSnapshot s, MonthReport report) {
    return figure != null ? figure.members(s, report) : report.cpm().customers(cell);
  }

  /** The message key of the list's title. */
  public String titleKey() {
    return cell != null ? "drill.cell" : "drill." + name;
  }

  public String definitionKey() {
    return cell != null ? "cell." + cell.name() + ".def" : "drill." + name + ".def";
  }
}
