package kyokan.core.importing;

import java.util.List;

/** The header and first rows of a file, shown before the user confirms the column mapping. */
public record TablePreview(ImportOptions options, List<String> header, List<TableRow> rows) {
  public TablePreview {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }
}
