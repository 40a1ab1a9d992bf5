package kyokan.core.importing;

/**
 * One problem with one value of one row, as listed to the user before anything is written.
 *
 * @param rowNumber the row as a spreadsheet numbers it (the header is usually row 1)
 * @param column the column's header text
 * @param value the cell as written in the file
 * @param reason plain Japanese
 */
public record RowProblem(long rowNumber, String column, String value, ProblemKind kind, String reason) {}
