package kyokan.web.step;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.UploadedFile;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kyokan.core.engagement.Engagement;
import kyokan.core.step.CoreServices;
import kyokan.core.step.StepExtension;
import kyokan.core.step.Upload;
import kyokan.core.step.StepHandler;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepView;
import kyokan.web.Services;
import kyokan.web.auth.PluginStepAccess;
import kyokan.web.http.BaseUrl;
import kyokan.web.http.Pages;
import kyokan.web.http.RequestState;

/**
 * Mounts the routes each step plugin declares under {@code /clients/{clientId}/steps/<id>/}, each with
 * that step's access rule, and turns the plugin's answers into HTTP.
 */
public final class PluginRoutes {
  private PluginRoutes() {}

  public static void mount(Javalin app, Services services, Pages pages) {
    for (StepExtension step : services.steps().steps()) {
      String base = "/clients/{clientId}/steps/" + step.id() + "/";
      PluginStepAccess rule = new PluginStepAccess(step.id(), false);
      PluginStepAccess consultantOnly = new PluginStepAccess(step.id(), true);
      step.routes(new StepRoutes() {
        @Override
        public void get(String subPath, StepHandler handler) {
          app.get(base + strip(subPath), adapt(handler, services, pages), rule);
        }

        @Override
        public void post(String subPath, StepHandler handler) {
          app.post(base + strip(subPath), adapt(handler, services, pages), rule);
        }

        @Override
        public void consultantPost(String subPath, StepHandler handler) {
          app.post(base + strip(subPath), adapt(handler, services, pages), consultantOnly);
        }

        @Override
        public void clientGet(String path, StepHandler handler) {
          app.get("/clients/{clientId}/" + strip(path), adapt(handler, services, pages), rule);
        }
      });
    }
  }

  private static String strip(String subPath) {
    return subPath.startsWith("/") ? subPath.substring(1) : subPath;
  }

  private static Handler adapt(StepHandler handler, Services services, Pages pages) {
    return ctx -> {
      StepResponse response = handler.handle(request(ctx, services));
      if (response instanceof StepResponse.Page page) {
        pages.render(ctx, "step/plugin-page.jte", Map.of("title", page.title(), "body", page.body()));
      } else if (response instanceof StepResponse.Redirect redirect) {
        ctx.redirect(redirect.location());
      } else if (response instanceof StepResponse.Download download) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"");
        ctx.contentType(download.contentType()).result(download.bytes());
      } else if (response instanceof StepResponse.Data data) {
        ctx.status(data.status()).contentType(data.contentType()).result(data.bytes());
      }
    };
  }

  private static StepRequest request(Context ctx, Services services) {
    StepExtension step = RequestState.step(ctx);
    Engagement engagement = services.engagements().current(RequestState.client(ctx).getId()).orElse(null);
    StepView view = new StepView(RequestState.user(ctx), RequestState.client(ctx), engagement,
        step.messages(RequestState.locale(ctx)));
    return new StepRequest() {
      @Override public StepView view() { return view; }
      @Override public Optional<String> pathParam(String name) { return Optional.ofNullable(ctx.pathParamMap().get(name)); }
      @Override public Optional<String> query(String name) { return Optional.ofNullable(ctx.queryParam(name)); }
      @Override public Optional<String> form(String name) { return Optional.ofNullable(ctx.formParam(name)); }
      @Override public List<String> formValues(String name) { return ctx.formParams(name); }
      @Override public String csrfToken() { return RequestState.csrfToken(ctx); }
      @Override public String baseUrl() { return BaseUrl.of(ctx); }
      @Override public CoreServices services() { return services.core(); }
      @Override public Optional<Upload> upload(String name) {
        UploadedFile file = ctx.uploadedFile(name);
        if (file == null || file.filename() == null || file.filename().isBlank()) return Optional.empty();
        return Optional.of(new Upload() {
          @Override public String fileName() { return file.filename(); }
          @Override public long size() { return file.size(); }
          @Override public InputStream open() { return file.content(); }
        });
      }
    };
  }
}
