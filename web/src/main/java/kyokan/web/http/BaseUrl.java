package kyokan.web.http;

import io.javalin.http.Context;

/** The address a visitor reached us at, for links meant to be printed (a survey's QR code). */
public final class BaseUrl {
  private BaseUrl() {}

  /** {@code http(s)://host[:port]}: https when the connection, or a trusted proxy in front, was encrypted. */
  public static String of(Context ctx) {
    String host = ctx.header("Host");
    if (host == null || host.isBlank()) host = ctx.req().getServerName() + ":" + ctx.req().getServerPort();
    return (TrustedProxies.isHttps(ctx) ? "https" : "http") + "://" + host.strip();
  }
}
