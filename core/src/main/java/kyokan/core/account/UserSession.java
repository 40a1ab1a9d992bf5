package kyokan.core.account;

/** A logged-in browser: whose it is and the CSRF token its forms must carry. */
public record UserSession(String token, User user, String csrfToken) {}
