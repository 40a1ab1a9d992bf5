package kyokan.core.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes a column mapping from a file's header: a known export format ({@link MappingPreset}) if the header
 * is one, otherwise Japanese and English header synonyms; the date order is guessed from the first rows.
 */
public final class MappingProposer {
  private static final Pattern YEAR_LAST = Pattern.compile("^\\s*(\\d{1,2})[-/.](\\d{1,2})[-/.]\\d{4}\\b.*");

  private MappingProposer() {}

  /**
   * A first mapping for a file nobody has mapped yet.
   *
   * @param minorDigits the client currency's minor-unit digits (0 for JPY, 2 for GBP, USD, EUR)
   */
  public static ColumnMapping propose(ImportKind kind, TablePreview preview, int minorDigits) {
    List<String> header = preview.header();
    Optional<MappingPreset> preset = kind == ImportKind.SALES ? MappingPreset.detect(header) : Optional.empty();
    ColumnMapping mapping = preset.map(p -> p.apply(header, minorDigits)).orElseGet(() -> bySynonyms(kind, header, minorDigits));
    return withGuessedDateOrder(mapping, preview);
  }

  /**
   * The mapping saved last time for this client, kept where its columns are still in the file; fields whose
   * column has gone are proposed again from the synonyms.
   */
  public static ColumnMapping propose(ImportKind kind, TablePreview preview, int minorDigits, ColumnMapping saved) {
    if (saved == null || saved.kind() != kind) return propose(kind, preview, minorDigits);
    List<String> header = preview.header();
    int[] indexes = saved.resolve(header);
    ColumnMapping fresh = bySynonyms(kind, header, minorDigits);
    Set<Integer> used = new HashSet<>();
    for (int i : indexes) if (i >= 0) used.add(i);
    int[] freshIndexes = fresh.resolve(header);
    ColumnMapping result = saved.withMinorDigits(minorDigits);
    for (TargetField field : saved.columns().keySet()) {
      if (indexes[field.ordinal()] >= 0) continue;
      int at = freshIndexes[field.ordinal()];
      boolean free = at >= 0 && !used.contains(at);
      if (free) used.add(at);
      result = result.withColumn(field, free ? fresh.column(field).orElseThrow() : null);
    }
    return result;
  }

  static ColumnMapping bySynonyms(ImportKind kind, List<String> header, int minorDigits) {
    List<String> normalized = header.stream().map(HeaderText::normalize).toList();
    List<String> keys = ColumnMapping.columnKeys(header);
    Map<TargetField, String> columns = new EnumMap<>(TargetField.class);
    Set<Integer> taken = new HashSet<>();
    // Exact names first for every field, so a loose match never takes a column another field names exactly.
    for (boolean exact : new boolean[] {true, false}) {
      for (TargetField field : kind.fields()) {
        if (columns.containsKey(field)) continue;
        int at = find(HeaderSynonyms.of(kind, field), normalized, taken, exact);
        if (at >= 0) {
          columns.put(field, keys.get(at));
          taken.add(at);
        }
      }
    }
    boolean computed = !columns.containsKey(TargetField.AMOUNT)
        && columns.containsKey(TargetField.QUANTITY) && columns.containsKey(TargetField.UNIT_PRICE);
    return new ColumnMapping(kind, columns, DateOrder.YMD,
        computed ? AmountSource.QUANTITY_TIMES_PRICE : AmountSource.AMOUNT_COLUMN, minorDigits, false);
  }

  private static int find(List<String> synonyms, List<String> headers, Set<Integer> taken, boolean exact) {
    for (String synonym : synonyms) {
      boolean prefix = synonym.startsWith(HeaderSynonyms.PREFIX);
      String name = prefix ? synonym.substring(HeaderSynonyms.PREFIX.length()) : synonym;
      if (!exact && !prefix && !longEnoughToContain(name)) continue;
      for (int i = 0; i < headers.size(); i++) {
        if (taken.contains(i) || headers.get(i).isEmpty()) continue;
        String header = headers.get(i);
        boolean match = prefix ? header.startsWith(name) : exact ? header.equals(name) : header.contains(name);
        if (match) return i;
      }
    }
    return -1;
  }

  // "id" would be found inside "paid"; two kanji such as 数量 are specific enough.
  private static boolean longEnoughToContain(String synonym) {
    boolean ascii = synonym.chars().allMatch(c -> c < 128);
    return synonym.length() >= (ascii ? 4 : 2);
  }

  /** Dates such as 13/1/2024 prove day-first and 1/13/2024 month-first; 1/5/2024 alone is read month-first. */
  private static ColumnMapping withGuessedDateOrder(ColumnMapping mapping, TablePreview preview) {
    List<Integer> dateColumns = new ArrayList<>();
    for (TargetField field : List.of(TargetField.DATE, TargetField.BIRTHDAY)) {
      int at = mapping.resolve(preview.header())[field.ordinal()];
      if (at >= 0) dateColumns.add(at);
    }
    boolean yearLast = false;
    for (TableRow row : preview.rows()) {
      for (int column : dateColumns) {
        Matcher m = YEAR_LAST.matcher(row.cell(column));
        if (!m.matches()) continue;
        yearLast = true;
        if (Integer.parseInt(m.group(1)) > 12) return mapping.withDateOrder(DateOrder.DMY);
        if (Integer.parseInt(m.group(2)) > 12) return mapping.withDateOrder(DateOrder.MDY);
      }
    }
    return yearLast && mapping.dateOrder() == DateOrder.YMD ? mapping.withDateOrder(DateOrder.MDY) : mapping;
  }
}
