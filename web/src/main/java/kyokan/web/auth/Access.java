package kyokan.web.auth;

import io.javalin.security.RouteRole;

/**
 * The access rule of a route; every route carries exactly one, and {@link AccessGuard} enforces it
 * before any handler runs. Rules under {@code /clients/{clientId}/…} all start with "the user is the
 * client's consultant or one of the client's users".
 */
public enum Access implements RouteRole {
  /** Anyone, logged in or not. */
  PUBLIC,
  /** Any logged-in user. */
  SIGNED_IN,
  /** Consultants only. */
  CONSULTANT,
  /** The administrator: a consultant who manages the consultants' accounts and hands clients over. */
  ADMIN,
  /** The client's consultant or the client's own users. */
  CLIENT,
  /** The client's consultant only. */
  CLIENT_CONSULTANT,
  /** A step page: the client's consultant, or the client's users once the step is unlocked. */
  STEP,
  /** A step action for the client's own users (filling the worksheet), once the step is unlocked. */
  STEP_CLIENT_USER,
  /** A step action for the client's consultant (comments, review). */
  STEP_CONSULTANT
}
