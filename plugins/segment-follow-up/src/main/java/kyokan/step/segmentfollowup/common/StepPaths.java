package kyokan.step.segmentfollowup.common;

import kyokan.core.step.StepView;

/** Where step 4's pages live for a client. */
public final class StepPaths {
  public static final String STEP_ID = "segment-follow-up";

  private StepPaths() {}

  /** {@code /clients/{id}/steps/segment-follow-up/} */
  public static String base(StepView view) {
    return base(view.client().getId());
  }

  public static String base(long clientId) {
    return "/clients/" + clientId + "/steps/" + STEP_ID + "/";
  }

  public static String campaign(long clientId, long campaignId) {
    return base(clientId) + "campaigns/" + campaignId;
  }

  public static String customer(long clientId, long customerId) {
    return base(clientId) + "customers/" + customerId;
  }
}
