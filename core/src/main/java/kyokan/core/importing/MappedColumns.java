package kyokan.core.importing;

import java.util.List;

/** A mapping resolved against one file's header: the column index and header text of each field. */
final class MappedColumns {
  private final ColumnMapping mapping;
  private final List<String> header;
  private final int[] indexes;

  MappedColumns(ColumnMapping mapping, List<String> header) {
    this.mapping = mapping;
    this.header = List.copyOf(header);
    this.indexes = mapping.resolve(header);
  }

  ColumnMapping mapping() {
    return mapping;
  }

  /** 0-based column, or -1 when the field is unmapped. */
  int index(TargetField field) {
    return indexes[field.ordinal()];
  }

  /** The header text shown for a field's column in a problem list. */
  String name(TargetField field) {
    int at = index(field);
    String h = at >= 0 && at < header.size() ? header.get(at).strip() : "";
    return h.isEmpty() ? mapping.column(field).orElse(field.key()) : h;
  }
}
