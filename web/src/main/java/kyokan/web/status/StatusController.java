package kyokan.web.status;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kyokan.view.PluginRow;
import kyokan.web.Services;
import kyokan.web.http.Pages;
import kyokan.web.http.RequestState;
import kyokan.web.plugin.PluginProblem;
import kyokan.web.plugin.StepRegistry.LoadedStep;

/** The consultant's plugin status page and the public {@code /health} answer. */
public final class StatusController {
  private final Services services;
  private final Pages pages;

  public StatusController(Services services, Pages pages) {
    this.services = services;
    this.pages = pages;
  }

  public void health(Context ctx) {
    boolean dbOk = services.db().isHealthy();
    List<Map<String, Object>> plugins = new ArrayList<>();
    for (LoadedStep l : services.steps().loaded()) {
      plugins.add(Map.of("id", l.plugin().getPluginId(), "version", l.plugin().getDescriptor().getVersion(),
          "state", l.plugin().getPluginState().toString(), "step", l.step().number()));
    }
    for (PluginProblem p : services.steps().problems()) {
      plugins.add(Map.of("id", p.id(), "version", p.version(), "state", p.state(), "error", p.reason()));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", dbOk ? "ok" : "degraded");
    body.put("version", services.version());
    body.put("database", dbOk ? "ok" : "unavailable");
    body.put("plugins", plugins);
    ctx.status(dbOk ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(body);
  }

  public void showPlugins(Context ctx) {
    List<PluginRow> rows = new ArrayList<>();
    for (LoadedStep l : services.steps().loaded()) {
      rows.add(new PluginRow(l.plugin().getPluginId(), l.plugin().getDescriptor().getVersion(),
          l.plugin().getPluginState().toString(), l.step().number() + ". " + l.step().title(RequestState.locale(ctx)), null));
    }
    for (PluginProblem p : services.steps().problems()) {
      rows.add(new PluginRow(p.id(), p.version(), p.state(), "", p.reason()));
    }
    pages.render(ctx, "status/plugins.jte", Map.of("plugins", rows));
  }
}
