package kyokan.web.auth;

import io.javalin.security.RouteRole;

/** The rule of a route a step plugin mounted: like {@link Access#STEP}, for the step that owns the route. */
public record PluginStepAccess(String stepId) implements RouteRole {}
