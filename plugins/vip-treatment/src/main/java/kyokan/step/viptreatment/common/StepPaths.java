package kyokan.step.viptreatment.common;

import kyokan.core.step.StepView;

/** Where step 6's pages live for a client. */
public final class StepPaths {
  public static final String STEP_ID = "vip-treatment";
  /** Step 4's campaign pages, where a campaign made from the at-risk list is printed, sent and measured. */
  static final String CAMPAIGNS_STEP_ID = "segment-follow-up";

  private StepPaths() {}

  /** {@code /clients/{id}/steps/vip-treatment/} */
  public static String base(StepView view) {
    return base(view.client().getId());
  }

  public static String base(long clientId) {
    return "/clients/" + clientId + "/steps/" + STEP_ID + "/";
  }

  /** A customer's カルテ. */
  public static String karte(long clientId, long customerId) {
    return base(clientId) + "customers/" + customerId;
  }

  /** Step 4's full timeline of a customer. */
  public static String fullTimeline(long clientId, long customerId) {
    return "/clients/" + clientId + "/steps/" + CAMPAIGNS_STEP_ID + "/customers/" + customerId;
  }

  public static String campaign(long clientId, long campaignId) {
    return "/clients/" + clientId + "/steps/" + CAMPAIGNS_STEP_ID + "/campaigns/" + campaignId;
  }
}
