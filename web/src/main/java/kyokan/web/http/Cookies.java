package kyokan.web.http;

import io.javalin.http.Context;

/** Sets cookies with the attributes we always want: HttpOnly, SameSite, path /, and Secure over HTTPS. */
public final class Cookies {
  public static final String SESSION = "kyokan_session";
  public static final String ANON_CSRF = "kyokan_csrf";
  public static final String LANG = "kyokan_lang";
  public static final String FLASH = "kyokan_flash";
  private static final int ONE_YEAR = 365 * 24 * 3600;

  private Cookies() {}

  public static void session(Context ctx, String token) {
    set(ctx, SESSION, token, -1, "Lax");
  }

  public static void lang(Context ctx, String lang) {
    set(ctx, LANG, lang, ONE_YEAR, "Lax");
  }

  public static void anonCsrf(Context ctx, String token) {
    set(ctx, ANON_CSRF, token, -1, "Strict");
  }

  public static void flash(Context ctx, String messageKey) {
    set(ctx, FLASH, messageKey, 60, "Lax");
  }

  public static void clear(Context ctx, String name) {
    set(ctx, name, "", 0, "Lax");
  }

  private static void set(Context ctx, String name, String value, int maxAge, String sameSite) {
    StringBuilder c = new StringBuilder(name).append('=').append(value).append("; Path=/; HttpOnly; SameSite=").append(sameSite);
    if (maxAge >= 0) c.append("; Max-Age=").append(maxAge);
    if (TrustedProxies.isHttps(ctx)) c.append("; Secure");
    ctx.res().addHeader("Set-Cookie", c.toString());
  }
}
