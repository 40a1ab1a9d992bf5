package kyokan.core.importing;

import java.util.List;

/**
 * One data row of a file, read into a value or refused with its problems.
 *
 * @param value null when the row has problems
 */
public record ParsedRow<T>(long rowNumber, T value, List<RowProblem> problems) {
  public ParsedRow {
    problems = List.copyOf(problems);
  }

  public boolean isValid() {
    return value != null;
  }
}
