package kyokan.core.sales;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kyokan.core.ValidationException;
import kyokan.core.account.User;
import kyokan.core.db.Database;
import org.apache.ibatis.session.SqlSession;

/**
 * Customers who are probably the same person, and merging them: the merged customer's sales move to the
 * kept one, the merged record stays (marked, out of every list) and the merge is recorded.
 */
public final class CustomerMergeService {
  private final Database db;
  private final Clock clock;

  public CustomerMergeService(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Groups of live customers sharing a phone number, or a name and an e-mail; see {@link DuplicateGroup.Reason}. */
  public List<DuplicateGroup> duplicates(long clientId) {
    return db.read(s -> {
      List<Customer> candidates = s.getMapper(CustomerMapper.class).selectDuplicateCandidates(clientId);
      if (candidates.isEmpty()) return List.of();
      List<Long> ids = candidates.stream().map(Customer::getId).toList();
      Map<Long, CustomerActivity> activity = s.getMapper(SaleLineMapper.class).selectActivity(clientId, ids).stream()
          .collect(Collectors.toMap(CustomerActivity::getCustomerId, Function.identity()));
      return DuplicateFinder.groups(candidates, activity);
    });
  }

  /** How many groups {@link #duplicates} would list, inside the caller's session. */
  static int countGroups(SqlSession s, long clientId) {
    return DuplicateFinder.groups(s.getMapper(CustomerMapper.class).selectDuplicateCandidates(clientId), Map.of()).size();
  }

  /**
   * Merges {@code mergedId} into {@code keptId}. Customers merged earlier into the merged one now point at
   * the kept one, and later imports file the merged customer's code under the kept one.
   *
   * @return the number of sale lines moved
   */
  public int merge(long clientId, long keptId, long mergedId, User by) {
    if (keptId == mergedId) throw new ValidationException("mergedId", "error.sales.merge.same");
    return db.write(s -> {
      CustomerService.requireLive(s, clientId, keptId, "keptId");
      CustomerService.requireLive(s, clientId, mergedId, "mergedId");
      Instant now = clock.instant();
      CustomerMapper customers = s.getMapper(CustomerMapper.class);
      int moved = s.getMapper(SaleLineMapper.class).moveCustomer(clientId, mergedId, keptId);
      customers.repointMerged(clientId, mergedId, keptId);
      customers.markMerged(clientId, mergedId, keptId, now);
      customers.insertMerge(clientId, keptId, mergedId, moved, by.getId(), now);
      LedgerVersion.bump(s, clientId);
      return moved;
    });
  }
}
