package kyokan.step.newcustomercare.common;

import kyokan.core.step.StepView;

/** Where step 5's pages live for a client. */
public final class StepPaths {
  public static final String STEP_ID = "new-customer-care";

  private StepPaths() {}

  /** {@code /clients/{id}/steps/new-customer-care/} */
  public static String base(StepView view) {
    return base(view.client().getId());
  }

  public static String base(long clientId) {
    return "/clients/" + clientId + "/steps/" + STEP_ID + "/";
  }
}
