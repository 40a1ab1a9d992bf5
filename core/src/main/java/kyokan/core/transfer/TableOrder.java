package kyokan.core.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Orders tables so that each comes after the tables whose ids it holds (a table's references to itself aside). */
final class TableOrder {
  private TableOrder() {}

  static List<ClientTable> sort(List<ClientTable> tables) {
    Map<String, ClientTable> left = new LinkedHashMap<>();
    // The client, then its people: every other table may name either; they name each other only through people
    // who stay behind (the consultant), which the import maps by e-mail.
    for (String first : List.of("client", "app_user")) {
      tables.stream().filter(t -> t.name().equals(first)).findFirst().ifPresent(t -> left.put(t.name(), t));
    }
    List<ClientTable> ordered = new ArrayList<>(left.values());
    Map<String, ClientTable> rest = new LinkedHashMap<>();
    tables.stream().filter(t -> !left.containsKey(t.name())).forEach(t -> rest.put(t.name(), t));
    // A source_id names a row of whichever table its source says (contact_log: a campaign, a sequence…): such
    // tables wait for all the others.
    List<ClientTable> polymorphic = rest.values().stream()
        .filter(t -> t.columns().contains("source_id") && !t.references().containsKey("source_id")).toList();
    polymorphic.forEach(t -> rest.remove(t.name()));
    while (!rest.isEmpty()) {
      ClientTable next = rest.values().stream().filter(t -> ready(t, rest)).findFirst()
          .orElseThrow(() -> new IllegalStateException("tables refer to each other in a circle: " + rest.keySet()));
      ordered.add(next);
      rest.remove(next.name());
    }
    ordered.addAll(polymorphic);
    return ordered;
  }

  private static boolean ready(ClientTable table, Map<String, ClientTable> waiting) {
    return table.references().values().stream().noneMatch(t -> !t.equals(table.name()) && waiting.containsKey(t));
  }
}
