package kyokan.core.outreach;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kyokan.core.NotFoundException;
import kyokan.core.ValidationException;
import kyokan.core.db.Database;
import kyokan.core.sales.CustomerMapper;

/** Free tags a shop puts on its customers (常連の紹介, 豆の定期便…), for narrowing a target list. */
public final class CustomerTags {
  static final int TAG_LIMIT = 50;
  static final int TAGS_PER_CUSTOMER = 20;
  private final Database db;

  public CustomerTags(Database db) {
    this.db = db;
  }

  public List<String> of(long clientId, long customerId) {
    return db.read(s -> s.getMapper(TargetListMapper.class).selectTags(clientId, customerId));
  }

  /** Every tag the client uses, in order. */
  public List<String> all(long clientId) {
    return db.read(s -> s.getMapper(TargetListMapper.class).selectAllTags(clientId));
  }

  /** Replaces the customer's tags with those in {@code text} (separated by commas, 、 or new lines). */
  public void set(long clientId, long customerId, String text) {
    Set<String> tags = parse(text);
    db.writeVoid(s -> {
      if (s.getMapper(CustomerMapper.class).selectById(clientId, customerId) == null) {
        throw new NotFoundException("customer " + customerId);
      }
      TargetListMapper m = s.getMapper(TargetListMapper.class);
      m.deleteTags(clientId, customerId);
      for (String tag : tags) m.insertTag(clientId, customerId, tag);
    });
  }

  static Set<String> parse(String text) {
    Set<String> tags = new LinkedHashSet<>();
    for (String part : (text == null ? "" : text).split("[,、，\\n\\r]+")) {
      String tag = part.strip();
      if (tag.isEmpty()) continue;
      if (tag.length() > TAG_LIMIT) throw new ValidationException("tags", "error.tagLength");
      tags.add(tag);
    }
    if (tags.size() > TAGS_PER_CUSTOMER) throw new ValidationException("tags", "error.tagCount");
    return tags;
  }
}
