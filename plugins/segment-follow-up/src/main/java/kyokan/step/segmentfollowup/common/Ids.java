package kyokan.step.segmentfollowup.common;

import kyokan.core.NotFoundException;
import kyokan.core.step.StepRequest;

/** A numeric id from the path; anything else is a 404, as the host does for its own ids. */
public final class Ids {
  private Ids() {}

  public static long pathId(StepRequest req, String name) {
    try {
      return Long.parseLong(req.pathParam(name).orElse(""));
    } catch (NumberFormatException e) {
      throw new NotFoundException(name);
    }
  }
}
