package kyokan.step.segmentfollowup.plan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kyokan.core.ValidationException;
import kyokan.core.analytics.CpmCell;
import kyokan.core.db.Database;
import kyokan.core.i18n.Messages;
import kyokan.core.outreach.Channel;

/** The client's follow-up plan per cell, with the program's practice filling the cells not yet saved. */
public final class FollowUpPlan {
  static final int MESSAGE_LIMIT = 2000;
  static final int TIMING_LIMIT = 200;
  private final Database db;
  private final Clock clock;

  public FollowUpPlan(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
    db.addMapper(PlanMapper.class);
  }

  /** All ten cells in order; {@code defaults} gives the program's practice in the reader's language. */
  public List<PlanEntry> of(long clientId, Messages defaults) {
    Map<CpmCell, PlanEntry> saved = new EnumMap<>(CpmCell.class);
    for (PlanMapper.PlanRow r : db.read(s -> s.getMapper(PlanMapper.class).selectPlan(clientId))) {
      CpmCell cell = CpmCell.valueOf(r.getCell());
      saved.put(cell, new PlanEntry(cell, r.getMessage(), Channel.valueOf(r.getChannel()), r.getTiming(), true));
    }
    List<PlanEntry> plan = new ArrayList<>();
    for (CpmCell cell : CpmCell.values()) {
      plan.add(saved.getOrDefault(cell, new PlanEntry(cell, defaults.get("plan.default." + cell.name() + ".message"),
          Channel.valueOf(defaults.get("plan.default." + cell.name() + ".channel")),
          defaults.get("plan.default." + cell.name() + ".timing"), false)));
    }
    return plan;
  }

  /** Replaces the whole plan in one transaction. */
  public void save(long clientId, List<PlanEntry> entries, long userId) {
    Map<String, String> problems = new java.util.LinkedHashMap<>();
    for (PlanEntry e : entries) {
      if (e.message().length() > MESSAGE_LIMIT) problems.put("message." + e.cell().name(), "error.messageLength");
      if (e.timing().length() > TIMING_LIMIT) problems.put("timing." + e.cell().name(), "error.timingLength");
    }
    if (!problems.isEmpty()) throw new ValidationException(problems);
    db.writeVoid(s -> {
      PlanMapper m = s.getMapper(PlanMapper.class);
      m.deletePlan(clientId);
      for (PlanEntry e : entries) {
        m.insertEntry(clientId, e.cell().name(), e.message(), e.channel().name(), e.timing(), userId, clock.instant());
      }
    });
  }
}
