package kyokan.core.transfer;

import java.util.HashMap;
import java.util.Map;

/** Old id → new id, per table, as rows are imported; a person who came without a row here is a consultant. */
final class IdMaps {
  private final Map<String, Map<Long, Long>> maps = new HashMap<>();
  private final People people;

  IdMaps(People people) {
    this.people = people;
  }

  void put(String table, long oldId, long newId) {
    maps.computeIfAbsent(table, t -> new HashMap<>()).put(oldId, newId);
  }

  boolean has(String table, long oldId) {
    return maps.getOrDefault(table, Map.of()).containsKey(oldId);
  }

  /** The new id of {@code oldId} in {@code table}; refused when the export did not carry that row. */
  long newId(String table, long oldId) {
    // Identities start at 1: 0 or less is a "none" of the column's own (client_summary's default thresholds).
    if (oldId <= 0) return oldId;
    Long id = maps.getOrDefault(table, Map.of()).get(oldId);
    if (id != null) return id;
    if (table.equals("app_user")) return people.consultant(oldId);
    throw new TransferRefused("ファイルにない行を指しています / a row points at one the file does not hold: " + table + " " + oldId);
  }
}
