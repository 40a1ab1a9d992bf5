package kyokan.web.http;

import io.javalin.http.Context;
import java.util.Set;

/**
 * How a request reached us: over HTTPS or not, and from which address. The {@code X-Forwarded-*} headers
 * are believed only from the proxies the configuration names, since anyone else could send them.
 */
public final class TrustedProxies {
  private static final String HTTPS = "kyokan.https";
  private static final String ADDRESS = "kyokan.address";
  private final Set<String> proxies;

  public TrustedProxies(Set<String> proxies) {
    this.proxies = Set.copyOf(proxies);
  }

  /** Runs first on every request. */
  public void attach(Context ctx) {
    String peer = ctx.req().getRemoteAddr();
    boolean viaProxy = proxies.contains(peer);
    boolean https = "https".equalsIgnoreCase(ctx.req().getScheme())
        || viaProxy && "https".equalsIgnoreCase(first(ctx.header("X-Forwarded-Proto")));
    ctx.attribute(HTTPS, https);
    ctx.attribute(ADDRESS, viaProxy ? lastForwardedFor(ctx.header("X-Forwarded-For"), peer) : peer);
  }

  /** Whether the browser's connection was encrypted, directly or up to a trusted proxy. */
  public static boolean isHttps(Context ctx) {
    return Boolean.TRUE.equals(ctx.attribute(HTTPS));
  }

  /** The browser's address: the connection's, or the one a trusted proxy saw. */
  public static String address(Context ctx) {
    String address = ctx.attribute(ADDRESS);
    return address != null ? address : ctx.req().getRemoteAddr();
  }

  private static String first(String header) {
    return header == null ? "" : header.split(",")[0].strip();
  }

  // The proxy appends the address it saw; entries to its left were written by the client and prove nothing.
  private static String lastForwardedFor(String header, String fallback) {
    if (header == null || header.isBlank()) return fallback;
    String[] hops = header.split(",");
    String last = hops[hops.length - 1].strip();
    return last.isEmpty() ? fallback : last;
  }
}
