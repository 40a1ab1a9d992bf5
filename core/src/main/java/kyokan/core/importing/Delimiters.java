package kyokan.core.importing;

/** Guesses the field delimiter of a text file from its first lines, and tells a text file from a binary one. */
final class Delimiters {
  private static final char[] CANDIDATES = {'\t', ',', ';', '|'};
  private static final int LINES_TO_LOOK_AT = 20;

  private Delimiters() {}

  /**
   * The candidate found most often on every one of the first lines (outside quotes); when none is on every
   * line, runs of spaces ({@link ImportOptions#WHITESPACE}) if they split every line into the same number of
   * fields; else comma, because a one-column file reads the same with any delimiter.
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
    if (bestCount == 0 && splitsEvenlyOnSpaces(lines, usable)) return ImportOptions.WHITESPACE;
    return best;
  }

  private static boolean splitsEvenlyOnSpaces(String[] lines, int usable) {
    int fields = -1;
    for (int i = 0; i < usable; i++) {
      if (lines[i].isBlank()) continue;
      int n = SpacedTableReader.split(lines[i]).size();
      if (n < 2 || (fields >= 0 && n != fields)) return false;
      fields = n;
    }
    return fields >= 2;
  }

  /** NUL bytes or other control characters in what should be text: an image, a PDF, an old workbook. */
  static boolean isBinary(byte[] sample, int length, TextEncoding encoding) {
    if (encoding == TextEncoding.UTF_16) return false;
    int control = 0;
    for (int i = 0; i < length; i++) {
      int b = sample[i] & 0xFF;
      if (b == 0) return true;
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A) control++;
    }
    return control > 0 && control * 100 >= length;
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
