package kyokan.core.step;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The core services the host built at start-up, handed to step plugins by type, so a plugin uses the
 * same ledger, analytics and job runner as the host (one cache, one transaction rule) and never builds
 * its own.
 */
public final class CoreServices {
  private final Map<Class<?>, Object> services = new ConcurrentHashMap<>();

  public <T> CoreServices register(Class<T> type, T service) {
    services.put(type, service);
    return this;
  }

  /** The service of that type; the host registers every core service, so a missing one is a host bug. */
  public <T> T get(Class<T> type) {
    Object s = services.get(type);
    if (s == null) throw new IllegalStateException("no core service " + type.getName() + " registered by the host");
    return type.cast(s);
  }
}
