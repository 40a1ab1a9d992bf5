package kyokan.core.importing;

/** Guesses the field delimiter of a text file from its first lines. */
final class Delimiters {
  private static final char[] CANDIDATES = {'\t', ',', ';', '|'};
  private static final int LINES_TO_LOOK_AT = 20;

  private Delimiters() {}

  /**
   * The candidate found most often on every one of the first lines (outside quotes); comma when nothing
   * stands out, because a one-column file reads the same with any delimiter.
   */
  static char detect(String sample) {
    String[] lines = sample.split("\r\n|\n|\r", LINES_TO_LOOK_AT + 1);
    int usable = Math.min(lines.length, LINES_TO_LOOK_AT);
    // The last line of a sample is usually cut short; leave it out when there are others.
    if (usable == lines.length && usable > 1) usable--;
    char best = ',';
    int bestCount = 0;
    for (char candidate : CANDIDATES) {
      int fewest = Integer.MAX_VALUE;
      for (int i = 0; i < usable; i++) {
        if (lines[i].isBlank()) continue;
        fewest = Math.min(fewest, countOutsideQuotes(lines[i], candidate));
      }
      if (fewest != Integer.MAX_VALUE && fewest > bestCount) {
        best = candidate;
        bestCount = fewest;
      }
    }
    return best;
  }

  private static int countOutsideQuotes(String line, char delimiter) {
    int count = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') quoted = !quoted;
      else if (c == delimiter && !quoted) count++;
    }
    return count;
  }
}
