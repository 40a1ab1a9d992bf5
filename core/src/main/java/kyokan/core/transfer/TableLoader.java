package kyokan.core.transfer;

import kyokan.core.outreach.ContactSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import kyokan.core.db.DatabaseEngine;

/**
 * Inserts one table's rows from the export file: new ids from the database, id columns given their new
 * values, a table's references to itself (a merged customer's kept one) set once all its rows are in.
 */
final class TableLoader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int BATCH = 1_000;
  private final Connection c;
  private final DatabaseEngine engine;
  private final ClientTable table;
  private final List<String> fileColumns;
  private final IdMaps ids;
  private final boolean keepIds;
  private final List<String> inserted = new ArrayList<>();
  private final List<long[]> selfReferences = new ArrayList<>();

  TableLoader(Connection c, DatabaseEngine engine, ClientTable table, List<String> fileColumns, IdMaps ids, boolean keepIds) {
    this.c = c;
    this.engine = engine;
    this.table = table;
    this.fileColumns = fileColumns;
    this.ids = ids;
    this.keepIds = keepIds && table.generatedId();
    for (String column : fileColumns) if (!(table.generatedId() && column.equals("id"))) inserted.add(column);
  }

  void load(BufferedReader rows) throws SQLException, IOException {
    String sql = "INSERT INTO " + table.name() + " (" + String.join(", ", inserted) + ") VALUES ("
        + String.join(", ", inserted.stream().map(x -> "?").toList()) + ")";
    String key = engine == DatabaseEngine.DERBY ? "ID" : "id";
    int pending = 0;
    try (PreparedStatement st = keepIds ? c.prepareStatement(sql, new String[] {key}) : c.prepareStatement(sql)) {
      for (String line = rows.readLine(); line != null; line = rows.readLine()) {
        JsonNode row = JSON.readTree(line);
        bind(st, row);
        if (keepIds) {
          st.executeUpdate();
          try (ResultSet keys = st.getGeneratedKeys()) {
            keys.next();
            ids.put(table.name(), value(row, "id").asLong(), keys.getLong(1));
          }
        } else {
          st.addBatch();
          if (++pending == BATCH) {
            st.executeBatch();
            pending = 0;
          }
        }
      }
      if (pending > 0) st.executeBatch();
    }
    pointAtThemselves();
  }

  private void bind(PreparedStatement st, JsonNode row) throws SQLException {
    if (table.name().equals("app_user")) refuseTakenEmail(value(row, "email").asText());
    for (int i = 0; i < inserted.size(); i++) {
      String column = inserted.get(i);
      JsonNode value = mapped(column, value(row, column), row);
      JsonValues.set(st, i + 1, table.types().get(table.columns().indexOf(column)), value);
    }
  }

  private JsonNode mapped(String column, JsonNode value, JsonNode row) {
    if (value == null || value.isNull()) return value;
    String target = table.references().get(column);
    if (column.equals("source_id") && target == null && table.columns().contains("source")) {
      target = ContactSource.valueOf(value(row, "source").asText()).table();
    }
    if (target == null) return value;
    if (target.equals(table.name())) {
      selfReferences.add(new long[] {value(row, "id").asLong(), table.columns().indexOf(column), value.asLong()});
      return NullNode.getInstance();
    }
    return LongNode.valueOf(ids.newId(target, value.asLong()));
  }

  private void pointAtThemselves() throws SQLException {
    for (long[] ref : selfReferences) {
      String column = table.columns().get((int) ref[1]);
      try (PreparedStatement st = c.prepareStatement("UPDATE " + table.name() + " SET " + column + " = ? WHERE id = ?")) {
        st.setLong(1, ids.newId(table.name(), ref[2]));
        st.setLong(2, ids.newId(table.name(), ref[0]));
        st.executeUpdate();
      }
    }
  }

  private void refuseTakenEmail(String email) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM app_user WHERE email = ?")) {
      st.setString(1, email);
      try (ResultSet rs = st.executeQuery()) {
        if (rs.next() && rs.getInt(1) > 0) {
          throw new TransferRefused("利用者のメールアドレス " + email + " はこのワークベンチですでに使われています"
              + " / the user e-mail " + email + " is already taken in this workbench");
        }
      }
    }
  }

  private JsonNode value(JsonNode row, String column) {
    return row.get(fileColumns.indexOf(column));
  }
}
