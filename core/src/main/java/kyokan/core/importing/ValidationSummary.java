package kyokan.core.importing;

import java.util.List;
import java.util.Map;

/**
 * The result of checking every row of a file: how many rows can be imported, the first problems to show,
 * and how many problems of each kind there are in all.
 *
 * @param totalRows data rows, not counting the header and blank rows
 * @param firstProblems at most {@link ProblemTally#MAX_LISTED}, in file order
 * @param problemCounts every problem found, by kind
 */
public record ValidationSummary(long totalRows, long validRows, List<RowProblem> firstProblems,
    Map<ProblemKind, Long> problemCounts) {

  public ValidationSummary {
    firstProblems = List.copyOf(firstProblems);
    problemCounts = Map.copyOf(problemCounts);
  }

  public long invalidRows() {
    return totalRows - validRows;
  }

  public long problemCount() {
    return problemCounts.values().stream().mapToLong(Long::longValue).sum();
  }

  public boolean isClean() {
    return validRows == totalRows;
  }
}
