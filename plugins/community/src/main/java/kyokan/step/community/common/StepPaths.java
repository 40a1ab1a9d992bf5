package kyokan.step.community.common;

import kyokan.core.step.StepView;

/** Where step 7's pages live for a client, and its public survey link. */
public final class StepPaths {
  public static final String STEP_ID = "community";
  /** The public pages' prefix the host mounts ({@code /v/<stepId>/}). */
  public static final String PUBLIC = "/v/" + STEP_ID + "/";

  private StepPaths() {}

  /** {@code /clients/{id}/steps/community/} */
  public static String base(StepView view) {
    return base(view.client().getId());
  }

  public static String base(long clientId) {
    return "/clients/" + clientId + "/steps/" + STEP_ID + "/";
  }

  public static String survey(long clientId, long surveyId) {
    return base(clientId) + "voice/surveys/" + surveyId;
  }

  public static String event(long clientId, long eventId) {
    return base(clientId) + "events/" + eventId;
  }

  public static String publicSurvey(String token) {
    return PUBLIC + token;
  }
}
