package kyokan.core.transfer;

import java.util.List;
import java.util.Map;

/**
 * One table that holds a client's rows, as the database describes it.
 *
 * @param name lower-case, as written in SQL
 * @param columns lower-case column names in the table's order
 * @param types each column's {@link java.sql.Types} code
 * @param generatedId whether its {@code id} column is an identity the database assigns
 * @param owner the condition that selects the client's rows, with {@code ?} for the client's id
 * @param ownerParameters how many {@code ?} the condition has
 * @param references column → the table whose id it holds ({@code app_user} for people)
 */
public record ClientTable(String name, List<String> columns, List<Integer> types, boolean generatedId, String owner,
    int ownerParameters, Map<String, String> references) {

  /** The client's rows, in id order where there is one, so ids given anew keep their order. */
  public String selectSql() {
    return "SELECT " + String.join(", ", columns) + " FROM " + name + " WHERE " + owner + (generatedId ? " ORDER BY id" : "");
  }

  public boolean isReferencedBy(ClientTable other) {
    return other.references().containsValue(name);
  }
}
