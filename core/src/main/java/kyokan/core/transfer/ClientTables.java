package kyokan.core.transfer;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds every table that holds a client's rows, core's and the plugins' alike, from the database's own
 * description: a table with a {@code client_id} column, or one whose foreign key points at such a table
 * (a worksheet's answers through the worksheet). Which table a column's id belongs to comes from its foreign
 * key, else from its name ({@code customer_id} → {@code customer}), else from {@link #ALIASES}.
 */
public final class ClientTables {
  /** Tables that never travel with a client: migrations' history and who is logged in where. */
  static final Set<String> STAY = Set.of("user_session");
  /** Id columns whose name does not say their table and that declare no foreign key. */
  static final Map<String, String> ALIASES = Map.of("import_id", "sales_import", "thresholds_id", "cpm_thresholds");

  private ClientTables() {}

  /** Every client-owned table, in an order where a table comes after those whose ids it holds. */
  public static List<ClientTable> discover(Connection c) throws SQLException {
    DatabaseMetaData meta = c.getMetaData();
    String schema = c.getSchema();
    Map<String, String> stored = new LinkedHashMap<>();
    try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String table = rs.getString("TABLE_NAME");
        String name = table.toLowerCase(Locale.ROOT);
        if (!name.startsWith("flyway") && !STAY.contains(name)) stored.put(name, table);
      }
    }
    Map<String, ClientTable> found = new LinkedHashMap<>();
    Map<String, Map<String, String>> keys = new LinkedHashMap<>();
    Map<String, List<String>> columns = new LinkedHashMap<>();
    Map<String, List<Integer>> types = new LinkedHashMap<>();
    for (var e : stored.entrySet()) {
      List<String> names = new ArrayList<>();
      List<Integer> codes = new ArrayList<>();
      try (ResultSet rs = meta.getColumns(null, schema, e.getValue(), "%")) {
        while (rs.next()) {
          names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
          codes.add(rs.getInt("DATA_TYPE"));
        }
      }
      columns.put(e.getKey(), names);
      types.put(e.getKey(), codes);
      keys.put(e.getKey(), foreignKeys(meta, schema, e.getValue()));
    }
    // Owners first: client, the tables with client_id, then tables reached through their foreign keys.
    boolean added = true;
    while (added) {
      added = false;
      for (String name : stored.keySet()) {
        if (found.containsKey(name)) continue;
        String owner = ownerCondition(name, columns.get(name), keys.get(name), found);
        if (owner == null) continue;
        int parameters = (int) owner.chars().filter(ch -> ch == '?').count();
        found.put(name, new ClientTable(name, columns.get(name), types.get(name), columns.get(name).contains("id"), owner,
            parameters, references(name, columns.get(name), keys.get(name), stored.keySet())));
        added = true;
      }
    }
    return TableOrder.sort(new ArrayList<>(found.values()));
  }

  private static String ownerCondition(String name, List<String> columns, Map<String, String> keys, Map<String, ClientTable> found) {
    if (name.equals("client")) return "id = ?";
    if (columns.contains("client_id")) return "client_id = ?";
    for (var key : keys.entrySet()) {
      ClientTable parent = found.get(key.getValue());
      if (parent != null && !parent.name().equals("app_user") && !parent.name().equals(name)) {
        return key.getKey() + " IN (SELECT id FROM " + parent.name() + " WHERE " + parent.owner() + ")";
      }
    }
    return null;
  }

  private static Map<String, String> references(String name, List<String> columns, Map<String, String> keys, Set<String> tables) {
    Map<String, String> refs = new LinkedHashMap<>(keys);
    for (String column : columns) {
      if (refs.containsKey(column) || column.equals("id") || !column.endsWith("_id")) continue;
      String table = column.substring(0, column.length() - 3);
      if (ALIASES.containsKey(column)) refs.put(column, ALIASES.get(column));
      else if (tables.contains(table)) refs.put(column, table);
    }
    if (name.equals("contact_log")) refs.remove("source_id");
    return refs;
  }

  private static Map<String, String> foreignKeys(DatabaseMetaData meta, String schema, String table) throws SQLException {
    Map<String, String> keys = new LinkedHashMap<>();
    try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
      while (rs.next()) {
        keys.put(rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT), rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return keys;
  }
}
