package kyokan.step.viptreatment.common;

import java.time.Clock;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.db.Database;
import kyokan.core.outreach.ContactLog;
import kyokan.core.segmentation.SegmentationService;
import kyokan.core.step.CoreServices;
import kyokan.step.viptreatment.roster.VipRoster;
import kyokan.step.viptreatment.treatments.PerkList;
import kyokan.step.viptreatment.treatments.TreatmentLog;

/** Step 6's own services, built on the host's core services (they keep no state beyond the database). */
public final class VipServices {
  private VipServices() {}

  public static VipRoster roster(CoreServices s) {
    return new VipRoster(s.get(Database.class), s.get(AnalyticsService.class), s.get(SegmentationService.class),
        s.get(Clock.class));
  }

  public static PerkList perks(CoreServices s) {
    return new PerkList(s.get(Database.class));
  }

  public static TreatmentLog treatments(CoreServices s) {
    return new TreatmentLog(s.get(Database.class), s.get(ContactLog.class), s.get(Clock.class));
  }
}
