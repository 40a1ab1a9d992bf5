package kyokan.core.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import kyokan.core.db.Database;
import kyokan.core.db.DatabaseException;
import kyokan.core.outreach.ContactSource;

/**
 * Reads a client written by {@link ClientExport} into this database, Derby or PostgreSQL alike, in one
 * transaction: every row gets a new id, and every column that holds an id is given the new one. People the
 * rows name who are not the client's own users (the consultant) are found here by e-mail, else they become
 * {@code consultantId}. Refused as a whole, with nothing written, when a table or column is missing here or a
 * user's e-mail is taken.
 */
public final class ClientImport {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Database db;

  public ClientImport(Database db) {
    this.db = db;
  }

  /** @return the client's new id */
  public long read(Path file, long consultantId) {
    try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
      JsonNode manifest = manifest(zip);
      return db.write(session -> {
        try {
          return load(session.getConnection(), zip, manifest, consultantId);
        } catch (SQLException | IOException e) {
          throw new DatabaseException("お客様のデータを読み込めません / cannot import the client: " + file, e);
        }
      });
    } catch (IOException e) {
      throw new TransferRefused("ファイルを読めません / cannot read the file: " + file);
    }
  }

  private static JsonNode manifest(ZipFile zip) throws IOException {
    ZipEntry entry = zip.getEntry(ClientExport.MANIFEST);
    if (entry == null) throw new TransferRefused("./kyokan export で書き出したファイルではありません / not a file written by ./kyokan export");
    JsonNode manifest = JSON.readTree(zip.getInputStream(entry));
    if (manifest.path("format").asInt() != ClientExport.FORMAT) {
      throw new TransferRefused("このワークベンチが読めない形式です / a format this workbench cannot read: " + manifest.path("format"));
    }
    return manifest;
  }

  private long load(Connection c, ZipFile zip, JsonNode manifest, long consultantId) throws SQLException, IOException {
    Map<String, ClientTable> here = new LinkedHashMap<>();
    for (ClientTable t : ClientTables.discover(c)) here.put(t.name(), t);
    Map<String, List<String>> columns = new HashMap<>();
    for (JsonNode t : manifest.path("tables")) {
      String name = t.path("name").asText();
      ClientTable table = here.get(name);
      List<String> names = JSON.convertValue(t.path("columns"), JSON.getTypeFactory().constructCollectionType(List.class, String.class));
      if (table == null || !table.columns().containsAll(names)) {
        throw new TransferRefused("表 " + name + " がこのデータベースにないか、列が足りません（ステップのプラグインは揃っていますか）"
            + " / table " + name + " is missing here or lacks columns (are the same step plugins installed?)");
      }
      columns.put(name, names);
    }
    IdMaps ids = new IdMaps(People.of(c, manifest.path("people"), consultantId));
    for (ClientTable table : here.values()) {
      if (!columns.containsKey(table.name())) continue;
      ZipEntry entry = zip.getEntry("tables/" + table.name() + ".jsonl");
      try (BufferedReader rows = new BufferedReader(new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
        new TableLoader(c, db.engine(), table, columns.get(table.name()), ids, isReferenced(table, here)).load(rows);
      }
    }
    return ids.newId("client", manifest.path("clientId").asLong());
  }

  private static boolean isReferenced(ClientTable table, Map<String, ClientTable> tables) {
    // contact_log.source_id holds the id of the table its source names (ContactSource.table).
    return tables.values().stream().anyMatch(table::isReferencedBy)
        || Arrays.stream(ContactSource.values()).anyMatch(s -> table.name().equals(s.table()));
  }
}
