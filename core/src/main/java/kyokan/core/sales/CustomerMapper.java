package kyokan.core.sales;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

public interface CustomerMapper {
  void insertCustomer(Customer customer);

  /** As {@link #insertCustomer}, for a batch session: the id is not read back. */
  void insertCustomerQueued(Customer customer);

  void updateCustomer(Customer customer);

  /** Touches the customer only if it is still at {@code version}: 1 when it was, 0 when someone saved it since. */
  int claimCustomer(@Param("clientId") long clientId, @Param("id") long id, @Param("version") Instant version);

  Customer selectById(@Param("clientId") long clientId, @Param("id") long id);

  Customer selectByCode(@Param("clientId") long clientId, @Param("code") String code);

  List<Customer> selectByIds(@Param("clientId") long clientId, @Param("ids") java.util.Collection<Long> ids);

  /** For batch sessions, where inserts return no key: the id of the customer with this code. */
  Long selectIdByCode(@Param("clientId") long clientId, @Param("code") String code);

  /** Every code with the customer now standing for it (the kept one, for merged customers). */
  List<KeyedId> selectCodes(long clientId);

  /** Live customers matching the LIKE pattern (null: all), by name. */
  List<Customer> selectPage(@Param("clientId") long clientId, @Param("pattern") String pattern,
      @Param("digits") String digits, @Param("offset") int offset, @Param("size") int size);

  long countPage(@Param("clientId") long clientId, @Param("pattern") String pattern, @Param("digits") String digits);

  /** Live customers sharing a phone number, or a name and an e-mail, with another live customer. */
  List<Customer> selectDuplicateCandidates(long clientId);

  /** Deletes the customers the import created that nothing refers to any more. */
  int deleteUnusedCreatedBy(@Param("clientId") long clientId, @Param("importId") long importId);

  int markMerged(@Param("clientId") long clientId, @Param("id") long id, @Param("keptId") long keptId, @Param("at") Instant at);

  /** Customers merged earlier into {@code fromId} now point at {@code toId}. */
  int repointMerged(@Param("clientId") long clientId, @Param("fromId") long fromId, @Param("toId") long toId);

  void insertMerge(@Param("clientId") long clientId, @Param("keptId") long keptId, @Param("mergedId") long mergedId,
      @Param("linesMoved") int linesMoved, @Param("by") long by, @Param("at") Instant at);
}
