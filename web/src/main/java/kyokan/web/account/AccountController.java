package kyokan.web.account;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import kyokan.core.ValidationException;
import kyokan.core.account.LoginResult;
import kyokan.core.account.User;
import kyokan.core.account.UserSession;
import kyokan.web.Services;
import kyokan.web.http.Cookies;
import kyokan.web.http.LocalPath;
import kyokan.web.http.Pages;
import kyokan.web.http.RequestState;
import kyokan.web.http.TrustedProxies;

/** Login, logout, password change and the language switch. */
public final class AccountController {
  private final Services services;
  private final Pages pages;

  public AccountController(Services services, Pages pages) {
    this.services = services;
    this.pages = pages;
  }

  public void showLogin(Context ctx) {
    if (RequestState.session(ctx).isPresent()) {
      ctx.redirect("/");
      return;
    }
    renderLogin(ctx, "", null);
  }

  public void login(Context ctx) {
    String email = ctx.formParamAsClass("email", String.class).getOrDefault("");
    LoginResult result = services.accounts().authenticate(email, ctx.formParam("password"), TrustedProxies.address(ctx));
    switch (result.outcome()) {
      case SUCCESS -> {
        User user = result.user().orElseThrow();
        UserSession session = services.sessions().start(user);
        Cookies.session(ctx, session.token());
        Cookies.clear(ctx, Cookies.ANON_CSRF);
        ctx.redirect(user.isMustChangePassword() ? "/account/password" : LocalPath.orElse(ctx.formParam("next"), "/"));
      }
      case THROTTLED -> {
        ctx.status(HttpStatus.TOO_MANY_REQUESTS);
        renderLogin(ctx, email, "login.throttled");
      }
      case FAILED -> {
        ctx.status(HttpStatus.UNAUTHORIZED);
        renderLogin(ctx, email, "login.failed");
      }
    }
  }

  private void renderLogin(Context ctx, String email, String error) {
    Map<String, Object> params = new HashMap<>();
    params.put("email", email);
    params.put("error", error);
    params.put("next", LocalPath.orElse(ctx.queryParam("next") != null ? ctx.queryParam("next") : ctx.formParam("next"), "/"));
    pages.render(ctx, "account/login.jte", params);
  }

  public void logout(Context ctx) {
    services.sessions().end(ctx.cookie(Cookies.SESSION));
    Cookies.clear(ctx, Cookies.SESSION);
    ctx.redirect("/login");
  }

  public void switchLanguage(Context ctx) {
    Cookies.lang(ctx, "en".equals(ctx.formParam("lang")) ? "en" : "ja");
    ctx.redirect(LocalPath.orElse(ctx.formParam("back"), "/"));
  }

  public void showPasswordChange(Context ctx) {
    pages.render(ctx, "account/password.jte", Map.of("errors", Map.of()));
  }

  public void changePassword(Context ctx) {
    User user = RequestState.user(ctx);
    try {
      services.accounts().changePassword(user.getId(), ctx.formParam("currentPassword"), ctx.formParam("newPassword"),
          ctx.cookie(Cookies.SESSION));
    } catch (ValidationException e) {
      ctx.status(HttpStatus.BAD_REQUEST);
      pages.render(ctx, "account/password.jte", Map.of("errors", e.problems()));
      return;
    }
    Cookies.flash(ctx, "password.changed");
    ctx.redirect("/");
  }
}
