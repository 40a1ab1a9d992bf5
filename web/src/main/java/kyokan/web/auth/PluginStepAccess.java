package kyokan.web.auth;

import io.javalin.security.RouteRole;

/**
 * The rule of a route a step plugin mounted: like {@link Access#STEP} for the step that owns the route, or
 * like {@link Access#STEP_CONSULTANT} when the plugin mounted it for the client's consultant only.
 */
public record PluginStepAccess(String stepId, boolean consultantOnly) implements RouteRole {
  /** The {@link Access} rule this one follows, for the step named by {@link #stepId()}. */
  public Access like() {
    return consultantOnly ? Access.STEP_CONSULTANT : Access.STEP;
  }
}
