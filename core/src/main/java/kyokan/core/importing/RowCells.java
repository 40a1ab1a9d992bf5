package kyokan.core.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The mapped cells of one row, and the problems found while reading them. */
final class RowCells {
  private final MappedColumns columns;
  private final TableRow row;
  private final List<RowProblem> problems = new ArrayList<>();

  RowCells(MappedColumns columns, TableRow row) {
    this.columns = columns;
    this.row = row;
  }

  /** The cell for a field, stripped; "" when the field is unmapped or the cell blank. */
  String raw(TargetField field) {
    int at = columns.index(field);
    return at < 0 ? "" : row.cell(at).strip();
  }

  boolean isBlank(TargetField field) {
    return raw(field).isEmpty();
  }

  /** A parsed value, or null when the cell is blank or cannot be read (then a problem is recorded). */
  <T> T read(TargetField field, Function<String, T> parser) {
    String text = raw(field);
    if (text.isEmpty()) return null;
    try {
      return parser.apply(text);
    } catch (InvalidValueException e) {
      problems.add(new RowProblem(row.rowNumber(), columns.name(field), text, e.kind(), e.reason()));
      return null;
    }
  }

  /** A text value after {@code normalize}, or null when blank; longer than the field allows is a problem. */
  String text(TargetField field, Function<String, String> normalize) {
    String text = raw(field);
    String value = text.isEmpty() ? null : normalize.apply(text);
    if (value != null && field.maxLength() > 0 && value.length() > field.maxLength()) {
      problem(field, ProblemKind.TOO_LONG, "長すぎます（" + field.maxLength() + " 文字まで）。");
      return null;
    }
    return value;
  }

  void problem(TargetField field, ProblemKind kind, String reason) {
    problems.add(new RowProblem(row.rowNumber(), columns.name(field), raw(field), kind, reason));
  }

  long rowNumber() {
    return row.rowNumber();
  }

  boolean hasProblems() {
    return !problems.isEmpty();
  }

  <T> ParsedRow<T> result(T value) {
    return new ParsedRow<>(row.rowNumber(), hasProblems() ? null : value, problems);
  }
}
