package kyokan.core.analytics;

/**
 * The order of customer and product codes wherever a tie is broken "by code": codes as text (Java's
 * {@link String#compareTo}, so "1000" comes before "999"), records without a code after all coded ones,
 * by database id.
 */
final class CodeOrder {
  private CodeOrder() {}

  /** The indexes {@code 0 … codes.length − 1} sorted by code, then id. */
  static int[] sortedIndexes(String[] codes, long[] ids) {
    int[] indexes = new int[codes.length];
    for (int i = 0; i < indexes.length; i++) indexes[i] = i;
    IntSort.sort(indexes, (a, b) -> {
      String x = codes[a];
      String y = codes[b];
      if (x != null && y != null) {
        int byCode = x.compareTo(y);
        if (byCode != 0) return byCode;
      } else if (x != null || y != null) {
        return x == null ? 1 : -1;
      }
      return Long.compare(ids[a], ids[b]);
    });
    return indexes;
  }

  /** For a permutation, each element's position in it. */
  static int[] ranks(int[] sorted) {
    int[] ranks = new int[sorted.length];
    for (int position = 0; position < sorted.length; position++) ranks[sorted[position]] = position;
    return ranks;
  }
}
