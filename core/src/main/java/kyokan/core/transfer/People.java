package kyokan.core.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Who the imported rows name, on this side: the people of the export (by their old id) found here by e-mail
 * when they are consultants here, else the consultant the client is given to. The client's own users are
 * imported with the client and mapped by {@link IdMaps} instead.
 */
final class People {
  private final Map<Long, Long> consultants;
  private final long fallback;

  private People(Map<Long, Long> consultants, long fallback) {
    this.consultants = consultants;
    this.fallback = fallback;
  }

  static People of(Connection c, JsonNode people, long fallback) throws SQLException {
    Map<Long, Long> found = new HashMap<>();
    try (PreparedStatement st = c.prepareStatement("SELECT id FROM app_user WHERE email = ? AND client_id IS NULL")) {
      var names = people.fields();
      while (names.hasNext()) {
        var person = names.next();
        st.setString(1, person.getValue().asText());
        try (ResultSet rs = st.executeQuery()) {
          if (rs.next()) found.put(Long.parseLong(person.getKey()), rs.getLong(1));
        }
      }
    }
    return new People(found, fallback);
  }

  /** The consultant here for a person of the export who is not one of the client's users. */
  long consultant(long oldId) {
    return consultants.getOrDefault(oldId, fallback);
  }
}
