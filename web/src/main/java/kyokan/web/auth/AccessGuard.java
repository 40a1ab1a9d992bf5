package kyokan.web.auth;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import kyokan.core.NotFoundException;
import kyokan.core.account.User;
import kyokan.core.account.UserSession;
import kyokan.core.client.Client;
import kyokan.core.client.ClientAccess;
import kyokan.core.engagement.Engagement;
import kyokan.core.step.StepExtension;
import kyokan.web.Services;
import kyokan.web.http.RequestState;

/**
 * The one access guard: runs before every matched route, enforces the route's {@link Access} rule, then
 * the CSRF token on state-changing requests. No handler makes its own access check.
 */
public final class AccessGuard {
  private static final Set<String> ALLOWED_BEFORE_PASSWORD_CHANGE = Set.of("/account/password", "/logout");
  private final Services services;

  public AccessGuard(Services services) {
    this.services = services;
  }

  public void check(Context ctx) {
    // Static files (the stylesheet) are served without an endpoint: nothing to guard there.
    if (ctx.routeRoles().isEmpty() && "*".equals(ctx.endpointHandlerPath())) return;
    RouteRole rule = ruleOf(ctx);
    if (rule != Access.PUBLIC && mustChangePasswordFirst(ctx)) return;
    if (rule != Access.PUBLIC) checkAccess(ctx, rule);
    if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) checkCsrf(ctx);
  }

  /** A user with a temporary password sees only the password form until they have set their own. */
  private static boolean mustChangePasswordFirst(Context ctx) {
    Optional<User> user = RequestState.session(ctx).map(UserSession::user);
    if (user.isEmpty() || !user.get().isMustChangePassword() || ALLOWED_BEFORE_PASSWORD_CHANGE.contains(ctx.path())) {
      return false;
    }
    if (ctx.method() != HandlerType.GET) throw forbidden();
    ctx.redirect("/account/password");
    ctx.skipRemainingHandlers();
    return true;
  }

  private static RouteRole ruleOf(Context ctx) {
    Set<RouteRole> roles = ctx.routeRoles();
    // A route without exactly one rule is a programming error: refuse rather than guess.
    if (roles.size() != 1) throw new IllegalStateException("route " + ctx.endpointHandlerPath() + " has no access rule");
    return roles.iterator().next();
  }

  private void checkAccess(Context ctx, RouteRole rule) {
    User user = RequestState.session(ctx).map(UserSession::user)
        .orElseThrow(() -> new AccessDenied(401, "error.unauthorized"));
    if (rule == Access.SIGNED_IN) return;
    if (rule == Access.CONSULTANT || rule == Access.ADMIN) {
      if (!user.isConsultant() || rule == Access.ADMIN && !user.isAdministrator()) throw forbidden();
      return;
    }
    Client client = clientInPath(ctx);
    if (!ClientAccess.canSee(user, client)) throw forbidden();
    RequestState.client(ctx, client);
    checkEngagementBelongs(ctx, client);
    if (rule instanceof PluginStepAccess p) {
      checkStep(ctx, user, client, p.stepId(), p.like());
      return;
    }
    switch ((Access) rule) {
      case CLIENT -> { }
      case CLIENT_CONSULTANT -> { if (!ClientAccess.isConsultantOf(user, client)) throw forbidden(); }
      case STEP, STEP_CLIENT_USER, STEP_CONSULTANT -> checkStep(ctx, user, client, ctx.pathParam("stepId"), (Access) rule);
      default -> throw new IllegalStateException("unhandled rule " + rule);
    }
  }

  private void checkStep(Context ctx, User user, Client client, String stepId, Access rule) {
    StepExtension step = services.steps().find(stepId).orElseThrow(() -> new NotFoundException("step " + stepId));
    RequestState.step(ctx, step);
    if (user.isConsultant()) {
      if (rule == Access.STEP_CLIENT_USER) throw forbidden();
      return;
    }
    if (rule == Access.STEP_CONSULTANT) throw forbidden();
    Optional<Engagement> engagement = services.engagements().current(client.getId());
    if (engagement.isEmpty() || !services.engagements().isUnlocked(engagement.get().getId(), step.id())) {
      throw forbidden();
    }
  }

  private Client clientInPath(Context ctx) {
    long id = idParam(ctx, "clientId");
    return services.clients().find(id).orElseThrow(() -> new NotFoundException("client " + id));
  }

  private void checkEngagementBelongs(Context ctx, Client client) {
    if (!ctx.pathParamMap().containsKey("engagementId")) return;
    Engagement e = services.engagements().get(idParam(ctx, "engagementId"));
    if (e.getClientId() != client.getId()) throw new NotFoundException("engagement of another client");
  }

  private static long idParam(Context ctx, String name) {
    try {
      return Long.parseLong(ctx.pathParam(name));
    } catch (NumberFormatException e) {
      throw new NotFoundException(name);
    }
  }

  private static void checkCsrf(Context ctx) {
    String expected = RequestState.csrfToken(ctx);
    String sent = Optional.ofNullable(ctx.formParam("_csrf")).orElse(ctx.header("X-CSRF-Token"));
    if (expected == null || sent == null
        || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
      throw new AccessDenied(403, "error.csrf");
    }
  }

  private static AccessDenied forbidden() {
    return new AccessDenied(403, "error.forbidden");
  }
}
