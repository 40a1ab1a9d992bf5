package kyokan.core.importing;

import java.util.List;

/**
 * Checks a text file's row as a whole before its values are read: a line break with more fields after it
 * inside one value (a quote left open swallowed the next lines), characters the encoding could not decode
 * (U+FFFD), and a number of fields other than the header's. Such a row is a problem row, never guessed at.
 */
final class RowShape {
  private static final char REPLACEMENT = '\uFFFD';
  private final List<String> header;
  private final ImportOptions options;

  RowShape(List<String> header, ImportOptions options) {
    this.header = header;
    this.options = options;
  }

  /** No check for workbooks: their cells are typed, and a row may leave its last cells out. */
  static RowShape of(List<String> header, ImportOptions options) {
    return options.format() == FileFormat.XLSX ? null : new RowShape(header, options);
  }

  /** The row's one structural problem, or null when its shape is sound. */
  RowProblem problem(TableRow row) {
    List<String> cells = row.cells();
    for (int i = 0; i < cells.size(); i++) {
      int swallowed = swallowedLines(cells.get(i));
      if (swallowed > 0) {
        return new RowProblem(row.rowNumber(), column(i), excerpt(cells.get(i)), ProblemKind.QUOTE_UNBALANCED,
            "引用符（\"）が閉じられていないため、続く " + swallowed + " 行が1つの値に入っています。 / An unclosed quote (\") put the next "
                + swallowed + " lines into one value.");
      }
    }
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i).indexOf(REPLACEMENT) >= 0) {
        String encoding = options.encoding().charset().displayName();
        return new RowProblem(row.rowNumber(), column(i), excerpt(cells.get(i)), ProblemKind.UNREADABLE_CHARACTERS,
            "文字コード " + encoding + " で読めない文字（�）があります。別の文字コードの部分が混ざっていないか確かめてください。 / Characters that cannot be read as "
                + encoding + " (�): part of the file may be in another encoding.");
      }
    }
    if (cells.size() != header.size()) {
      return new RowProblem(row.rowNumber(), "", excerpt(String.join(String.valueOf(options.delimiter()), cells)), ProblemKind.FIELD_COUNT,
          "列の数がヘッダーと違います: " + cells.size() + "列 (ヘッダーは" + header.size() + "列) / " + cells.size()
              + " fields, the header has " + header.size());
    }
    return null;
  }

  /** Lines after a line break inside a value that hold a delimiter: rows a quote left open has swallowed. */
  private int swallowedLines(String cell) {
    if (cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) return 0;
    String[] lines = cell.split("\r\n|\n|\r", -1);
    int swallowed = 0;
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].indexOf(options.delimiter()) >= 0) swallowed++;
    }
    return swallowed;
  }

  private String column(int index) {
    return index < header.size() ? header.get(index).strip() : "#" + (index + 1);
  }

  private static String excerpt(String text) {
    String oneLine = text.replace('\n', ' ').replace('\r', ' ');
    return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 80) + "…";
  }
}
