package kyokan.core.importing;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code key=value} line form of a {@link ColumnMapping}; values escape backslash, CR and LF. */
final class MappingText {
  private static final String COLUMN_PREFIX = "column.";

  private MappingText() {}

  static String encode(ColumnMapping m) {
    StringBuilder out = new StringBuilder();
    line(out, "kind", m.kind().name());
    line(out, "dateOrder", m.dateOrder().name());
    line(out, "amountSource", m.amountSource().name());
    line(out, "minorDigits", Integer.toString(m.minorDigits()));
    line(out, "cancelPrefixC", Boolean.toString(m.cancelPrefixC()));
    m.columns().forEach((field, column) -> line(out, COLUMN_PREFIX + field.key(), column));
    return out.toString();
  }

  private static void line(StringBuilder out, String key, String value) {
    out.append(key).append('=').append(escape(value)).append('\n');
  }

  static ColumnMapping decode(String text) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) values.put(line.substring(0, eq).strip(), unescape(line.substring(eq + 1)));
    }
    if (!values.containsKey("kind")) throw new IllegalArgumentException("not a column mapping: no kind");
    ImportKind kind = ImportKind.valueOf(values.get("kind"));
    Map<TargetField, String> columns = new EnumMap<>(TargetField.class);
    values.forEach((key, value) -> {
      TargetField field = key.startsWith(COLUMN_PREFIX) ? TargetField.ofKey(key.substring(COLUMN_PREFIX.length())) : null;
      if (field != null && kind.fields().contains(field)) columns.put(field, value);
    });
    return new ColumnMapping(kind, columns,
        DateOrder.valueOf(values.getOrDefault("dateOrder", DateOrder.YMD.name())),
        AmountSource.valueOf(values.getOrDefault("amountSource", AmountSource.AMOUNT_COLUMN.name())),
        Integer.parseInt(values.getOrDefault("minorDigits", "0")),
        Boolean.parseBoolean(values.getOrDefault("cancelPrefixC", "false")));
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char next = s.charAt(++i);
        out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
      } else if (c != '\r') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
