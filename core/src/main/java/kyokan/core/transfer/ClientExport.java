package kyokan.core.transfer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kyokan.core.db.Database;
import kyokan.core.db.DatabaseException;

/**
 * Writes every row a client owns, in every table that holds such rows ({@link ClientTables}), into a zip:
 * {@code tables/<table>.jsonl} (one JSON array a row, columns as the manifest lists them) and
 * {@code manifest.json} (the tables and their columns, and the e-mail of everyone the rows name, so the
 * import can find the consultant on the other side). Read in one transaction, so the rows agree.
 */
public final class ClientExport {
  static final int FORMAT = 1;
  static final String MANIFEST = "manifest.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Database db;

  public ClientExport(Database db) {
    this.db = db;
  }

  /** @return how many rows were written */
  public long write(long clientId, OutputStream out) {
    return db.read(session -> {
      try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
        Connection c = session.getConnection();
        List<ClientTable> tables = ClientTables.discover(c);
        ObjectNode manifest = JSON.createObjectNode().put("format", FORMAT).put("clientId", clientId);
        ArrayNode described = manifest.putArray("tables");
        Set<Long> people = new TreeSet<>();
        long rows = 0;
        for (ClientTable table : tables) {
          ObjectNode entry = described.addObject().put("name", table.name());
          table.columns().forEach(entry.putArray("columns")::add);
          zip.putNextEntry(new ZipEntry("tables/" + table.name() + ".jsonl"));
          rows += writeRows(c, table, clientId, zip, people);
          zip.closeEntry();
        }
        writePeople(c, people, manifest.putObject("people"));
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        return rows;
      } catch (SQLException | IOException e) {
        throw new DatabaseException("お客様のデータを書き出せません / cannot export the client: " + clientId, e);
      }
    });
  }

  private static long writeRows(Connection c, ClientTable table, long clientId, OutputStream out, Set<Long> people)
      throws SQLException, IOException {
    long count = 0;
    try (PreparedStatement st = c.prepareStatement(table.selectSql())) {
      st.setFetchSize(5_000);
      for (int i = 1; i <= table.ownerParameters(); i++) st.setLong(i, clientId);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          ArrayNode row = JSON.createArrayNode();
          for (int i = 0; i < table.columns().size(); i++) {
            Object value = rs.getObject(i + 1);
            JsonValues.add(row, value);
            if (value != null && "app_user".equals(table.references().get(table.columns().get(i)))) {
              people.add(((Number) value).longValue());
            }
          }
          out.write(JSON.writeValueAsBytes(row));
          out.write('\n');
          count++;
        }
      }
    }
    return count;
  }

  private static void writePeople(Connection c, Set<Long> ids, ObjectNode people) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("SELECT email FROM app_user WHERE id = ?")) {
      for (long id : ids) {
        st.setLong(1, id);
        try (ResultSet rs = st.executeQuery()) {
          if (rs.next()) people.put(Long.toString(id), rs.getString(1));
        }
      }
    }
  }
}
