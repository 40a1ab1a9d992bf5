package kyokan.core.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** A column's value in the export file and back: dates and times as ISO text, exact decimals as text. */
final class JsonValues {
  private JsonValues() {}

  static void add(ArrayNode row, Object value) {
    if (value == null) row.addNull();
    else if (value instanceof Boolean b) row.add(b);
    else if (value instanceof Integer || value instanceof Long || value instanceof Short) row.add(((Number) value).longValue());
    else if (value instanceof BigDecimal d) row.add(d.toPlainString());
    else if (value instanceof Double || value instanceof Float) row.add(((Number) value).doubleValue());
    else if (value instanceof Date d) row.add(d.toLocalDate().toString());
    else if (value instanceof Time t) row.add(t.toLocalTime().toString());
    else if (value instanceof Timestamp t) row.add(t.toLocalDateTime().toString());
    else if (value instanceof String s) row.add(s);
    else throw new IllegalArgumentException("a column of a type the export does not carry: " + value.getClass());
  }

  /** Sets parameter {@code index} from the file's value, as the target column's {@code type} wants it. */
  static void set(PreparedStatement st, int index, int type, JsonNode value) throws SQLException {
    if (value == null || value.isNull()) {
      st.setNull(index, type);
      return;
    }
    switch (type) {
      case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> st.setLong(index, value.asLong());
      case Types.BOOLEAN, Types.BIT -> st.setBoolean(index, value.asBoolean());
      case Types.DECIMAL, Types.NUMERIC -> st.setBigDecimal(index, new BigDecimal(value.asText()));
      case Types.DOUBLE, Types.FLOAT, Types.REAL -> st.setDouble(index, value.asDouble());
      case Types.DATE -> st.setDate(index, Date.valueOf(LocalDate.parse(value.asText())));
      case Types.TIME -> st.setTime(index, Time.valueOf(LocalTime.parse(value.asText())));
      case Types.TIMESTAMP -> st.setTimestamp(index, Timestamp.valueOf(LocalDateTime.parse(value.asText())));
      default -> st.setString(index, value.asText());
    }
  }
}
