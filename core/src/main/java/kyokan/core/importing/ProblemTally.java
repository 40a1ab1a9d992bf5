package kyokan.core.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts rows and problems while a file is read, keeping only the first problems to show. */
public final class ProblemTally {
  /** The most problems listed one by one; beyond that only the totals per kind grow. */
  public static final int MAX_LISTED = 100;

  private final List<RowProblem> listed = new ArrayList<>();
  private final Map<ProblemKind, Long> counts = new EnumMap<>(ProblemKind.class);
  private long totalRows;
  private long validRows;

  public void add(ParsedRow<?> row) {
    totalRows++;
    if (row.isValid()) validRows++;
    for (RowProblem p : row.problems()) {
      if (listed.size() < MAX_LISTED) listed.add(p);
      counts.merge(p.kind(), 1L, Long::sum);
    }
  }

  public ValidationSummary summary() {
    return new ValidationSummary(totalRows, validRows, listed, counts);
  }
}
