package kyokan.step.segmentfollowup.campaigns;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kyokan.core.analytics.CpmCell;
import kyokan.core.outreach.Arm;
import kyokan.core.outreach.ListPower;
import kyokan.core.outreach.TargetListService;
import kyokan.core.outreach.TargetMember;

/** A drawn list before it is saved: per cell how many are contacted, held out or left out, and what it can tell. */
public record ListPreview(List<Row> rows, Row total, ListPower power) {

  /** One cell's counts. */
  public record Row(CpmCell cell, int contacted, int heldOut, int noConsent, int noAddress) {
    public int targeted() {
      return contacted + heldOut + noConsent + noAddress;
    }
  }

  public static ListPreview of(TargetListService.Draft draft, ListPower power) {
    Map<CpmCell, int[]> counts = new EnumMap<>(CpmCell.class);
    for (TargetMember m : draft.members()) counts.computeIfAbsent(m.cell(), c -> new int[4])[column(m.arm())]++;
    List<Row> rows = new ArrayList<>();
    int[] sum = new int[4];
    counts.forEach((cell, n) -> {
      rows.add(new Row(cell, n[0], n[1], n[2], n[3]));
      for (int i = 0; i < 4; i++) sum[i] += n[i];
    });
    return new ListPreview(rows, new Row(null, sum[0], sum[1], sum[2], sum[3]), power);
  }

  private static int column(Arm arm) {
    return switch (arm) {
      case CONTACTED -> 0;
      case HELD_OUT -> 1;
      case NO_CONSENT -> 2;
      case NO_ADDRESS -> 3;
    };
  }
}
