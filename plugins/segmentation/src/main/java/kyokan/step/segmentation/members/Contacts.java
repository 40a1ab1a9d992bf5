package kyokan.step.segmentation.members;

import java.util.HashMap;
import java.util.Map;
import kyokan.core.analytics.CustomerList;
import kyokan.core.db.Database;
import kyokan.core.sales.Customer;
import kyokan.core.sales.CustomerMapper;

/**
 * The contact details and consent of a list's customers, read in one session. Only a customer who said
 * yes may be contacted: no answer recorded counts as no.
 */
public final class Contacts {
  private final Map<Long, Customer> byId;

  private Contacts(Map<Long, Customer> byId) {
    this.byId = byId;
  }

  public static Contacts of(Database db, long clientId, CustomerList list) {
    long[] ids = list.ids();
    return new Contacts(db.read(s -> {
      CustomerMapper m = s.getMapper(CustomerMapper.class);
      Map<Long, Customer> map = new HashMap<>(ids.length * 2);
      for (long id : ids) {
        Customer c = m.selectById(clientId, id);
        if (c != null) map.put(id, c);
      }
      return map;
    }));
  }

  /** Null when the customer's record is gone. */
  public Customer get(long customerId) {
    return byId.get(customerId);
  }

  public boolean mayContact(long customerId) {
    Customer c = byId.get(customerId);
    return c != null && Boolean.TRUE.equals(c.getContactConsent());
  }

  /** How many of the list may not be contacted (no consent, or none recorded). */
  public int withoutConsent(CustomerList list) {
    int n = 0;
    for (long id : list.ids()) if (!mayContact(id)) n++;
    return n;
  }
}
