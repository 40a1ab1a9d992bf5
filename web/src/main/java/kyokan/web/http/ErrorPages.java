package kyokan.web.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Map;
import kyokan.core.NotFoundException;
import kyokan.web.auth.AccessDenied;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Clear pages for 401, 403, 404 and 500: what happened, in the reader's language, and never any data. */
public final class ErrorPages {
  private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

  private ErrorPages() {}

  public static void register(Javalin app, Pages pages) {
    app.exception(AccessDenied.class, (e, ctx) -> {
      if (e.status() == 401 && ctx.method() == HandlerType.GET) {
        ctx.redirect("/login?next=" + java.net.URLEncoder.encode(ctx.path(), java.nio.charset.StandardCharsets.UTF_8));
        return;
      }
      show(ctx, pages, e.status(), e.messageKey());
    });
    app.exception(NotFoundException.class, (e, ctx) -> show(ctx, pages, 404, "error.notFound"));
    app.exception(Exception.class, (e, ctx) -> {
      if (isMalformedRequest(e)) {
        log.info("Request {} {} could not be read: {}", ctx.method(), ctx.path(), e.getMessage());
        show(ctx, pages, 400, "error.badRequest");
        return;
      }
      log.error("Request {} {} failed", ctx.method(), ctx.path(), e);
      show(ctx, pages, 500, "error.internal");
    });
    app.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) show(ctx, pages, 404, "error.notFound");
    });
  }

  /** Jetty refuses what it cannot parse (a control character in a multipart header) with its own 400 exception. */
  private static boolean isMalformedRequest(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.eclipse.jetty.http.BadMessageException) return true;
    }
    return false;
  }

  private static void show(Context ctx, Pages pages, int status, String messageKey) {
    // The client and step the guard may have set are dropped: an error page shows no client data.
    RequestState.client(ctx, null);
    RequestState.step(ctx, null);
    ctx.status(status);
    pages.render(ctx, "status/error.jte", Map.of("status", status, "messageKey", messageKey));
  }
}
