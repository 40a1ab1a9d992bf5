package kyokan.web.http;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import kyokan.core.account.SessionService;
import kyokan.core.account.User;
import kyokan.core.account.UserSession;
import kyokan.core.client.Client;
import kyokan.core.i18n.Messages;
import kyokan.core.step.StepExtension;

/**
 * What the host learned about a request before its handler runs: the session, the language, the CSRF
 * token forms must carry, and (after the access guard) the client and step in view.
 */
public final class RequestState {
  private static final String SESSION = "kyokan.session";
  private static final String CSRF = "kyokan.csrf";
  private static final String CLIENT = "kyokan.client";
  private static final String STEP = "kyokan.step";

  private RequestState() {}

  /** Runs first on every request. */
  public static void attach(Context ctx, SessionService sessions) {
    Optional<UserSession> session = sessions.find(ctx.cookie(Cookies.SESSION));
    if (session.isPresent()) {
      ctx.attribute(SESSION, session.get());
      ctx.attribute(CSRF, session.get().csrfToken());
      return;
    }
    String anon = ctx.cookie(Cookies.ANON_CSRF);
    if (anon == null || anon.length() < 40) {
      anon = SessionService.randomToken();
      Cookies.anonCsrf(ctx, anon);
    }
    ctx.attribute(CSRF, anon);
  }

  public static Optional<UserSession> session(Context ctx) {
    return Optional.ofNullable(ctx.attribute(SESSION));
  }

  public static User user(Context ctx) {
    return session(ctx).map(UserSession::user).orElseThrow(() -> new IllegalStateException("no user on a guarded route"));
  }

  public static String csrfToken(Context ctx) {
    return ctx.attribute(CSRF);
  }

  public static Locale locale(Context ctx) {
    return Messages.supported(Locale.forLanguageTag(Optional.ofNullable(ctx.cookie(Cookies.LANG)).orElse("ja")));
  }

  public static void client(Context ctx, Client client) {
    ctx.attribute(CLIENT, client);
  }

  /** The client the access guard let through. */
  public static Client client(Context ctx) {
    return ctx.attribute(CLIENT);
  }

  public static void step(Context ctx, StepExtension step) {
    ctx.attribute(STEP, step);
  }

  public static StepExtension step(Context ctx) {
    return ctx.attribute(STEP);
  }

  /** Takes the one-off notice left by the previous request, if any. */
  public static String takeFlash(Context ctx) {
    String key = ctx.cookie(Cookies.FLASH);
    if (key == null || key.isEmpty()) return null;
    Cookies.clear(ctx, Cookies.FLASH);
    return key.matches("[A-Za-z.]+") ? key : null;
  }
}
