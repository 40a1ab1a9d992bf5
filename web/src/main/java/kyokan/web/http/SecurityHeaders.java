package kyokan.web.http;

import io.javalin.http.Context;

/**
 * The headers every answer carries. The pages use no script and no inline style, so the policy allows
 * only the site's own stylesheet and images (charts are inline SVG, which needs nothing more).
 */
public final class SecurityHeaders {
  public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
      + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private SecurityHeaders() {}

  public static void apply(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "same-origin");
    if (TrustedProxies.isHttps(ctx)) ctx.header("Strict-Transport-Security", "max-age=31536000");
  }
}
