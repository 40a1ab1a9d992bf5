package kyokan.web.step;

import static kyokan.web.auth.Access.PUBLIC;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kyokan.core.i18n.Messages;
import kyokan.core.publicaccess.PublicRequestLimit;
import kyokan.core.step.CoreServices;
import kyokan.core.step.PublicHandler;
import kyokan.core.step.PublicRequest;
import kyokan.core.step.PublicRoutes;
import kyokan.core.step.StepExtension;
import kyokan.core.step.StepResponse;
import kyokan.web.Services;
import kyokan.web.http.Pages;
import kyokan.web.http.RequestState;
import kyokan.web.http.TrustedProxies;

/**
 * Mounts the pages steps open without login under {@code /v/<stepId>/}: every request there, known path or not,
 * is counted per address in the database and refused past the limit (429), and a body over
 * {@link PublicRoutes#MAX_BODY_BYTES} is refused (413) before anything reads it.
 */
public final class PublicStepRoutes {
  public static final String PREFIX = "/v/";

  private PublicStepRoutes() {}

  public static void mount(Javalin app, Services services, Pages pages) {
    PublicRequestLimit limit = services.core().get(PublicRequestLimit.class);
    app.before(PREFIX + "*", ctx -> screen(ctx, limit));
    for (StepExtension step : services.steps().steps()) {
      String base = PREFIX + step.id() + "/";
      step.publicRoutes(new PublicRoutes() {
        @Override
        public void get(String subPath, PublicHandler handler) {
          app.get(base + subPath, adapt(step, handler, services, pages), PUBLIC);
        }

        @Override
        public void post(String subPath, PublicHandler handler) {
          app.post(base + subPath, adapt(step, handler, services, pages), PUBLIC);
        }
      });
    }
  }

  private static void screen(Context ctx, PublicRequestLimit limit) {
    if (!limit.allow(TrustedProxies.address(ctx))) {
      refuse(ctx, 429, "error.tooManyRequests");
    } else if (ctx.contentLength() > PublicRoutes.MAX_BODY_BYTES
        || ctx.contentLength() < 0 && ctx.header("Transfer-Encoding") != null) {
      refuse(ctx, 413, "error.tooLarge");
    }
  }

  private static void refuse(Context ctx, int status, String key) {
    ctx.status(status).contentType("text/plain; charset=utf-8").result(Pages.messages(ctx).get(key));
    ctx.skipRemainingHandlers();
  }

  private static Handler adapt(StepExtension step, PublicHandler handler, Services services, Pages pages) {
    return ctx -> {
      StepResponse response = handler.handle(request(ctx, step, services.core()));
      if (response instanceof StepResponse.Page page) {
        pages.renderBare(ctx, "step/public-page.jte", Map.of("lang", RequestState.locale(ctx).getLanguage(),
            "title", page.title(), "body", page.body()));
      } else if (response instanceof StepResponse.Redirect redirect) {
        ctx.redirect(redirect.location());
      } else if (response instanceof StepResponse.Data data) {
        ctx.status(data.status()).contentType(data.contentType()).result(data.bytes());
      } else if (response instanceof StepResponse.Download download) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"");
        ctx.contentType(download.contentType()).result(download.bytes());
      }
    };
  }

  private static PublicRequest request(Context ctx, StepExtension step, CoreServices core) {
    Locale locale = RequestState.locale(ctx);
    return new PublicRequest() {
      @Override public Optional<String> pathParam(String name) { return Optional.ofNullable(ctx.pathParamMap().get(name)); }
      @Override public Optional<String> form(String name) { return Optional.ofNullable(ctx.formParam(name)); }
      @Override public Locale locale() { return locale; }
      @Override public Messages messages() { return step.messages(locale); }
      @Override public String csrfToken() { return RequestState.csrfToken(ctx); }
      @Override public CoreServices services() { return core; }
    };
  }
}
