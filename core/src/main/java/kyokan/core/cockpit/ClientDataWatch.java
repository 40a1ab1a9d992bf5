package kyokan.core.cockpit;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.SystemMetaObject;

/**
 * Hears, after commit, which clients' sales data or thresholds a unit of work changed: every import, undo,
 * hand entry, edit and merge bumps the ledger version, and every threshold save inserts a row, wherever in
 * core or a plugin it happens. A rolled-back unit of work tells nothing. Registered on the {@code Database}
 * as a MyBatis interceptor, so none of those services has to remember to call.
 */
@Intercepts({
    @Signature(type = Executor.class, method = "update", args = {MappedStatement.class, Object.class}),
    @Signature(type = Executor.class, method = "commit", args = {boolean.class}),
    @Signature(type = Executor.class, method = "rollback", args = {boolean.class}),
    @Signature(type = Executor.class, method = "close", args = {boolean.class})})
public final class ClientDataWatch implements Interceptor {
  /** The statements that change what the cockpit's figures are computed from. */
  static final Set<String> WATCHED = Set.of(
      "kyokan.core.sales.LedgerVersionMapper.incrementVersion",
      "kyokan.core.sales.LedgerVersionMapper.insertVersion",
      "kyokan.core.segmentation.ThresholdMapper.insertThresholds");
  private final Map<Object, Set<Long>> touched = Collections.synchronizedMap(new IdentityHashMap<>());
  private final LongConsumer onCommit;

  public ClientDataWatch(LongConsumer onCommit) {
    this.onCommit = onCommit;
  }

  @Override
  public Object intercept(Invocation invocation) throws Throwable {
    Object executor = invocation.getTarget();
    switch (invocation.getMethod().getName()) {
      case "update" -> {
        Object result = invocation.proceed();
        MappedStatement statement = (MappedStatement) invocation.getArgs()[0];
        if (WATCHED.contains(statement.getId())) {
          Long clientId = clientId(invocation.getArgs()[1]);
          if (clientId != null) touched.computeIfAbsent(executor, k -> new HashSet<>()).add(clientId);
        }
        return result;
      }
      case "commit" -> {
        Object result = invocation.proceed();
        Set<Long> clients = touched.remove(executor);
        if (clients != null) clients.forEach(onCommit::accept);
        return result;
      }
      default -> {
        touched.remove(executor);
        return invocation.proceed();
      }
    }
  }

  private static Long clientId(Object parameter) {
    if (parameter instanceof Long id) return id;
    if (parameter == null) return null;
    var meta = SystemMetaObject.forObject(parameter);
    return meta.hasGetter("clientId") ? (Long) meta.getValue("clientId") : null;
  }
}
