package kyokan.web.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import kyokan.core.db.Database;
import kyokan.core.transfer.ClientTable;
import kyokan.core.transfer.ClientTables;

/**
 * Every row a client owns, table by table, written so that two databases can be compared: an id is its rank
 * among the client's ids of its table (ids are given anew in the same order), a person is their e-mail.
 */
final class ClientRows {
  private ClientRows() {}

  static Map<String, List<String>> of(Database db, long clientId) {
    return db.read(session -> {
      try {
        Connection c = session.getConnection();
        List<ClientTable> tables = ClientTables.discover(c);
        Map<String, List<List<Object>>> raw = new HashMap<>();
        Map<String, Map<Object, Integer>> ranks = new HashMap<>();
        for (ClientTable table : tables) {
          List<List<Object>> rows = rows(c, table, clientId);
          raw.put(table.name(), rows);
          if (table.generatedId()) {
            Map<Object, Integer> rank = new HashMap<>();
            int id = table.columns().indexOf("id");
            for (List<Object> row : rows) rank.put(((Number) row.get(id)).longValue(), rank.size());
            ranks.put(table.name(), rank);
          }
        }
        Map<Long, String> emails = emails(c);
        Map<String, List<String>> canonical = new TreeMap<>();
        for (ClientTable table : tables) {
          List<String> rows = new ArrayList<>();
          for (List<Object> row : raw.get(table.name())) rows.add(canonical(table, row, ranks, emails));
          rows.sort(null);
          canonical.put(table.name(), rows);
        }
        return canonical;
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  private static String canonical(ClientTable table, List<Object> row, Map<String, Map<Object, Integer>> ranks, Map<Long, String> emails) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < row.size(); i++) {
      String column = table.columns().get(i);
      Object value = row.get(i);
      String target = column.equals("id") ? table.name() : table.references().get(column);
      if (column.equals("source_id") && target == null && table.columns().contains("source")) {
        target = String.valueOf(row.get(table.columns().indexOf("source"))).toLowerCase(Locale.ROOT);
      }
      if (value == null || target == null) values.add(column + "=" + text(value));
      else if (target.equals("app_user")) values.add(column + "=" + emails.get(((Number) value).longValue()));
      else values.add(column + "=#" + ranks.getOrDefault(target, Map.of()).get(((Number) value).longValue()));
    }
    return String.join("|", values);
  }

  private static String text(Object value) {
    if (value instanceof java.math.BigDecimal d) return d.stripTrailingZeros().toPlainString();
    if (value instanceof Double || value instanceof Float) return value.toString();
    // PostgreSQL keeps a timestamp to the microsecond, Derby to the nanosecond.
    if (value instanceof java.sql.Timestamp t) {
      java.time.LocalDateTime at = t.toLocalDateTime();
      return at.withNano(0).plusNanos(Math.round(at.getNano() / 1000.0) * 1000).toString();
    }
    if (value instanceof Number n) return Long.toString(n.longValue());
    return String.valueOf(value);
  }

  private static List<List<Object>> rows(Connection c, ClientTable table, long clientId) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(table.selectSql())) {
      for (int i = 1; i <= table.ownerParameters(); i++) st.setLong(i, clientId);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= table.columns().size(); i++) row.add(rs.getObject(i));
          rows.add(row);
        }
      }
    }
    return rows;
  }

  private static Map<Long, String> emails(Connection c) throws SQLException {
    Map<Long, String> emails = new HashMap<>();
    try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, email FROM app_user")) {
      while (rs.next()) emails.put(rs.getLong(1), rs.getString(2));
    }
    return emails;
  }
}
