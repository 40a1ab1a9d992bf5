package kyokan.step.newcustomercare.sequence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kyokan.core.ValidationException;
import kyokan.core.db.Database;
import kyokan.core.i18n.Messages;
import kyokan.core.outreach.Channel;

/** A client's follow-up sequence: every saved version, the current one, and the program's 3-3-3 default. */
public final class SequenceService {
  public static final int MAX_STEPS = 8;
  public static final int MAX_DAYS = 365;
  public static final int MAX_HOLDOUT = 50;
  static final int MESSAGE_LIMIT = 2000;
  /** The program's default: thank-you postcard on day 3, a second contact at three weeks, an invitation at three months. */
  private static final int[] DEFAULT_DAYS = {3, 21, 90};
  private static final Channel[] DEFAULT_CHANNELS = {Channel.POSTCARD, Channel.NEWSLETTER, Channel.POSTCARD};
  private static final boolean[] DEFAULT_SKIP = {false, true, true};
  public static final int DEFAULT_HOLDOUT = 10;
  private final Database db;
  private final Clock clock;

  public SequenceService(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
    db.addMapper(SequenceMapper.class);
  }

  /** Every version of the client's sequence, oldest first. */
  public List<SequenceVersion> versions(long clientId) {
    return db.read(s -> {
      SequenceMapper m = s.getMapper(SequenceMapper.class);
      Map<Long, List<SequenceStep>> steps = new LinkedHashMap<>();
      for (SequenceMapper.StepRow r : m.selectSteps(clientId)) {
        steps.computeIfAbsent(r.getVersionId(), k -> new ArrayList<>()).add(new SequenceStep(r.getStepNo(),
            r.getDaysAfter(), Channel.valueOf(r.getChannel()), r.getMessage(), r.isSkipIfRepurchased()));
      }
      List<SequenceVersion> versions = new ArrayList<>();
      for (SequenceMapper.VersionRow r : m.selectVersions(clientId)) {
        versions.add(new SequenceVersion(r.getId(), r.getVersionNo(), r.getStartDate(), r.getHoldoutPercent(),
            List.copyOf(steps.getOrDefault(r.getId(), List.of()))));
      }
      return versions;
    });
  }

  /** The version new customers are enrolled under; empty until the sequence is first saved. */
  public Optional<SequenceVersion> current(long clientId) {
    List<SequenceVersion> all = versions(clientId);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** The program's 3-3-3 sequence in the reader's language, starting today, for a shop without one. */
  public SequenceVersion defaults(Messages texts) {
    List<SequenceStep> steps = new ArrayList<>();
    for (int i = 0; i < DEFAULT_DAYS.length; i++) {
      steps.add(new SequenceStep(i + 1, DEFAULT_DAYS[i], DEFAULT_CHANNELS[i], texts.get("sequence.default.message." + (i + 1)),
          DEFAULT_SKIP[i]));
    }
    return new SequenceVersion(0, 0, LocalDate.now(clock), DEFAULT_HOLDOUT, steps);
  }

  /**
   * Saves the steps as a new version (the start date and holdout share with it); customers enrolled from now on
   * get it, those already enrolled keep theirs. Refused whole, with every problem, when anything is wrong.
   */
  public SequenceVersion save(long clientId, LocalDate startDate, int holdoutPercent, List<SequenceStep> steps, long userId) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (startDate == null) problems.put("startDate", "error.startDate");
    if (holdoutPercent < 0 || holdoutPercent > MAX_HOLDOUT) problems.put("holdout", "error.holdout");
    if (steps.isEmpty()) problems.put("steps", "error.noSteps");
    if (steps.size() > MAX_STEPS) problems.put("steps", "error.tooManySteps");
    int previous = -1;
    for (SequenceStep step : steps) {
      String n = String.valueOf(step.number());
      if (step.daysAfter() < 0 || step.daysAfter() > MAX_DAYS) problems.put("days." + n, "error.days");
      else if (step.daysAfter() <= previous) problems.put("days." + n, "error.daysOrder");
      previous = Math.max(previous, step.daysAfter());
      if (step.message().isBlank()) problems.put("message." + n, "error.messageBlank");
      if (step.message().length() > MESSAGE_LIMIT) problems.put("message." + n, "error.messageLength");
    }
    if (!problems.isEmpty()) throw new ValidationException(problems);
    return db.write(s -> {
      SequenceMapper m = s.getMapper(SequenceMapper.class);
      Integer last = m.selectLastVersionNo(clientId);
      SequenceMapper.VersionRow row = new SequenceMapper.VersionRow();
      row.clientId = clientId;
      row.versionNo = last == null ? 1 : last + 1;
      row.startDate = startDate;
      row.holdoutPercent = holdoutPercent;
      row.createdBy = userId;
      row.createdAt = clock.instant();
      m.insertVersion(row);
      for (SequenceStep step : steps) {
        m.insertStep(row.getId(), step.number(), step.daysAfter(), step.channel().name(), step.message(), step.skipIfRepurchased());
      }
      return new SequenceVersion(row.getId(), row.versionNo, startDate, holdoutPercent, List.copyOf(steps));
    });
  }
}
