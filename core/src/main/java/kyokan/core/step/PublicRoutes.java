package kyokan.core.step;

/**
 * Where a step mounts pages open to anyone without login (a survey's link on a receipt), under
 * {@code /v/<stepId>/}. The host gives them no session and no client: it refuses bodies over
 * {@link #MAX_BODY_BYTES}, counts requests per address in the database and answers a flood with 429, sends the
 * same security headers as everywhere, and answers a {@link kyokan.core.NotFoundException} with a plain 404.
 * The handler must find everything it shows from the path's token and show no customer or client data.
 */
public interface PublicRoutes {
  /** Largest request body a public page accepts. */
  int MAX_BODY_BYTES = 16 * 1024;

  void get(String subPath, PublicHandler handler);

  /** A POST; the host checks the pre-login CSRF token the page's form carries ({@link PublicRequest#csrfToken()}). */
  void post(String subPath, PublicHandler handler);
}
