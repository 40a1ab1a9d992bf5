package kyokan.step.community.voice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kyokan.core.ValidationException;
import kyokan.core.db.Database;

/** Trust: each problem the shop met, what happened and what changed, kept for the customers' sake. */
public final class PromiseLog {
  static final int LIMIT = 1000;
  private final Database db;
  private final Clock clock;

  public PromiseLog(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
    db.addMapper(VoiceMapper.class);
  }

  public void add(long clientId, LocalDate on, String problem, String happened, String changed, long userId) {
    Map<String, String> problems = new LinkedHashMap<>();
    check("problem", problem, problems);
    check("happened", happened, problems);
    check("changed", changed, problems);
    if (on == null) problems.put("on", "error.date");
    if (!problems.isEmpty()) throw new ValidationException(problems);
    db.writeVoid(s -> s.getMapper(VoiceMapper.class).insertPromise(clientId, on, problem, happened, changed, userId,
        clock.instant()));
  }

  private static void check(String field, String value, Map<String, String> problems) {
    if (value.isBlank()) problems.put(field, "error.required");
    else if (value.length() > LIMIT) problems.put(field, "error.tooLong");
  }

  public List<Promise> entries(long clientId) {
    return db.read(s -> s.getMapper(VoiceMapper.class).selectPromises(clientId));
  }
}
