package kyokan.core.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which column of a file fills which field, and how its values are read. Columns are named by their header
 * text (or {@code #3} for the third column when its header is blank or repeated), so next month's export
 * maps the same way even if its columns moved. Stored per client as one string: {@link #encode()}.
 *
 * @param columns field → column key, as offered by {@link #columnKeys}
 * @param minorDigits the client currency's minor-unit digits: 0 for JPY, 2 for GBP, USD, EUR
 * @param cancelPrefixC an order number starting with "C" is a cancellation (the Online Retail convention),
 *     so its line is made negative if the file did not already say so
 */
public record ColumnMapping(ImportKind kind, Map<TargetField, String> columns, DateOrder dateOrder,
    AmountSource amountSource, int minorDigits, boolean cancelPrefixC) {

  public ColumnMapping {
    if (kind == null || dateOrder == null || amountSource == null) throw new IllegalArgumentException("kind, dateOrder and amountSource are required");
    if (minorDigits < 0 || minorDigits > 3) throw new IllegalArgumentException("minorDigits must be 0 to 3: " + minorDigits);
    EnumMap<TargetField, String> copy = new EnumMap<>(TargetField.class);
    columns.forEach((field, column) -> {
      if (!kind.fields().contains(field)) throw new IllegalArgumentException(field + " is not a field of " + kind);
      if (column != null && !column.isEmpty()) copy.put(field, column);
    });
    columns = Collections.unmodifiableMap(copy);
  }

  /** A mapping with no columns chosen yet. */
  public static ColumnMapping empty(ImportKind kind, int minorDigits) {
    return new ColumnMapping(kind, Map.of(), DateOrder.YMD, AmountSource.AMOUNT_COLUMN, minorDigits, false);
  }

  public Optional<String> column(TargetField field) {
    return Optional.ofNullable(columns.get(field));
  }

  /** This mapping with {@code field} read from {@code column}; a null or empty column unmaps the field. */
  public ColumnMapping withColumn(TargetField field, String column) {
    EnumMap<TargetField, String> changed = new EnumMap<>(TargetField.class);
    changed.putAll(columns);
    if (column == null || column.isEmpty()) changed.remove(field);
    else changed.put(field, column);
    return new ColumnMapping(kind, changed, dateOrder, amountSource, minorDigits, cancelPrefixC);
  }

  public ColumnMapping withDateOrder(DateOrder order) {
    return new ColumnMapping(kind, columns, order, amountSource, minorDigits, cancelPrefixC);
  }

  public ColumnMapping withAmountSource(AmountSource source) {
    return new ColumnMapping(kind, columns, dateOrder, source, minorDigits, cancelPrefixC);
  }

  public ColumnMapping withMinorDigits(int digits) {
    return new ColumnMapping(kind, columns, dateOrder, amountSource, digits, cancelPrefixC);
  }

  public ColumnMapping withCancelPrefixC(boolean cancel) {
    return new ColumnMapping(kind, columns, dateOrder, amountSource, minorDigits, cancel);
  }

  /**
   * The column keys a drop-down offers for a header, one per column: the header text, or {@code #n}
   * (1-based) where the header is blank or repeats an earlier one.
   */
  public static List<String> columnKeys(List<String> header) {
    List<String> keys = new ArrayList<>(header.size());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i) == null ? "" : header.get(i).strip();
      keys.add(h.isEmpty() || !seen.add(h) ? "#" + (i + 1) : h);
    }
    return keys;
  }

  /**
   * What stops this mapping from reading a file with this header: columns that are not there, and
   * required fields left unmapped. Empty when the file can be read.
   */
  public List<MappingProblem> problems(List<String> header) {
    List<MappingProblem> problems = new ArrayList<>();
    int[] indexes = resolve(header);
    columns.forEach((field, column) -> {
      if (indexes[field.ordinal()] < 0) problems.add(new MappingProblem(field, column, "列「" + column + "」がファイルにありません。 / The file has no column \"" + column + "\"."));
    });
    for (TargetField field : requiredFields()) {
      if (!columns.containsKey(field)) problems.add(new MappingProblem(field, null, "この項目の列を選んでください。 / Choose the column for this field."));
    }
    boolean needsCodeOrName = kind == ImportKind.CUSTOMERS || kind == ImportKind.PRODUCTS;
    TargetField code = kind == ImportKind.CUSTOMERS ? TargetField.CUSTOMER_CODE : TargetField.PRODUCT_CODE;
    TargetField name = kind == ImportKind.CUSTOMERS ? TargetField.CUSTOMER_NAME : TargetField.PRODUCT_NAME;
    if (needsCodeOrName && !columns.containsKey(code) && !columns.containsKey(name)) {
      problems.add(new MappingProblem(code, null, "コードか名前のどちらかの列を選んでください。 / Choose the column of either the code or the name."));
    }
    return problems;
  }

  private List<TargetField> requiredFields() {
    if (kind != ImportKind.SALES) return List.of();
    return amountSource == AmountSource.AMOUNT_COLUMN ? List.of(TargetField.DATE, TargetField.AMOUNT)
        : List.of(TargetField.DATE, TargetField.QUANTITY, TargetField.UNIT_PRICE);
  }

  /** Column index per field ordinal, -1 where the field is unmapped or its column is missing. */
  int[] resolve(List<String> header) {
    int[] indexes = new int[TargetField.values().length];
    java.util.Arrays.fill(indexes, -1);
    columns.forEach((field, column) -> indexes[field.ordinal()] = indexOf(header, column));
    return indexes;
  }

  private static int indexOf(List<String> header, String column) {
    for (int i = 0; i < header.size(); i++) {
      if (column.equals(header.get(i) == null ? null : header.get(i).strip())) return i;
    }
    if (column.matches("#\\d{1,4}")) {
      int i = Integer.parseInt(column.substring(1)) - 1;
      return i < header.size() ? i : -1;
    }
    String wanted = HeaderText.normalize(column);
    for (int i = 0; i < header.size(); i++) {
      if (!wanted.isEmpty() && wanted.equals(HeaderText.normalize(header.get(i)))) return i;
    }
    return -1;
  }

  /** The mapping as {@code key=value} lines, for one text column of the client's settings. */
  public String encode() {
    return MappingText.encode(this);
  }

  /**
   * Reads a mapping written by {@link #encode()}. Unknown keys are ignored, so older settings still load.
   *
   * @throws IllegalArgumentException when the text names no kind or an unknown option value
   */
  public static ColumnMapping decode(String text) {
    return MappingText.decode(text);
  }
}
