package kyokan.core.worksheet;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kyokan.core.ValidationException;
import kyokan.core.account.User;
import kyokan.core.db.Database;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;

/**
 * Worksheets: the client saves drafts and submits, the consultant comments per question and marks the
 * worksheet reviewed. Every save names the version it was based on; a save from a stale page is refused
 * with {@link WorksheetConflictException} and changes nothing.
 */
public final class WorksheetService {
  static final int MAX_COMMENT = 4000;
  private final Database db;
  private final Clock clock;

  public WorksheetService(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public Worksheet load(long engagementId, String stepId) {
    return db.read(s -> {
      WorksheetMapper m = s.getMapper(WorksheetMapper.class);
      WorksheetRow row = m.selectWorksheet(engagementId, stepId);
      if (row == null) return new Worksheet(WorksheetRow.fresh(engagementId, stepId), Map.of(), List.of());
      Map<String, String> answers = m.selectAnswers(row.getId()).stream()
          .collect(Collectors.toMap(WorksheetAnswer::getQuestionId, WorksheetAnswer::getAnswer, (a, b) -> a, LinkedHashMap::new));
      return new Worksheet(row, answers, m.selectComments(row.getId()));
    });
  }

  /** Step id → status for every worksheet of the engagement; steps without one are NOT_STARTED. */
  public Map<String, WorksheetStatus> statuses(long engagementId) {
    return db.read(s -> s.getMapper(WorksheetMapper.class).selectByEngagement(engagementId)).stream()
        .collect(Collectors.toMap(WorksheetRow::getStepId, WorksheetRow::getStatus));
  }

  /**
   * Saves the answers as a draft, or submits them. Only the client's own users fill worksheets.
   *
   * @return the worksheet's new version
   */
  public int save(long engagementId, String stepId, WorksheetDefinition def, int expectedVersion,
      Map<String, String> answers, boolean submit, User author) {
    Map<String, String> problems = AnswerCodec.validate(def, answers);
    if (!problems.isEmpty()) throw new ValidationException(problems);
    Map<String, String> stored = AnswerCodec.canonical(def, answers);
    WorksheetStatus status = submit ? WorksheetStatus.SUBMITTED : WorksheetStatus.DRAFT;
    return db.write(s -> {
      WorksheetRow row = advance(s, engagementId, stepId, expectedVersion, r -> r.saved(status, author.getId(), clock.instant()));
      WorksheetMapper m = s.getMapper(WorksheetMapper.class);
      m.deleteAnswers(row.getId());
      stored.forEach((q, a) -> {
        if (!a.isEmpty()) m.insertAnswer(WorksheetAnswer.of(row.getId(), q, a));
      });
      return row.getVersion();
    });
  }

  /** The consultant confirms a submitted worksheet. */
  public int markReviewed(long engagementId, String stepId, int expectedVersion, User consultant) {
    requireConsultant(consultant);
    return db.write(s -> advance(s, engagementId, stepId, expectedVersion, r -> {
      if (r.getStatus() != WorksheetStatus.SUBMITTED) throw new ValidationException("status", "error.worksheet.notSubmitted");
      r.reviewed(consultant.getId(), clock.instant());
    }).getVersion());
  }

  /** Adds a consultant's comment to one question. Comments do not change the version: they never overwrite answers. */
  public void comment(long engagementId, String stepId, WorksheetDefinition def, String questionId, String body, User consultant) {
    requireConsultant(consultant);
    if (def.question(questionId).isEmpty()) throw new ValidationException("questionId", "error.worksheet.unknownQuestion");
    String text = body == null ? "" : body.strip();
    if (text.isEmpty()) throw new ValidationException("comment_" + questionId, "error.required");
    if (text.length() > MAX_COMMENT) throw new ValidationException("comment_" + questionId, "error.worksheet.tooLong");
    db.writeVoid(s -> {
      WorksheetRow row = rowFor(s, engagementId, stepId);
      s.getMapper(WorksheetMapper.class).insertComment(
          WorksheetComment.of(row.getId(), questionId, consultant.getId(), text, clock.instant()));
    });
  }

  private WorksheetRow advance(SqlSession s, long engagementId, String stepId, int expectedVersion,
      java.util.function.Consumer<WorksheetRow> change) {
    WorksheetMapper m = s.getMapper(WorksheetMapper.class);
    WorksheetRow row = m.selectWorksheet(engagementId, stepId);
    if (row == null) {
      if (expectedVersion != 0) throw new WorksheetConflictException();
      row = insertFresh(m, engagementId, stepId);
    }
    if (row.getVersion() != expectedVersion) throw new WorksheetConflictException();
    change.accept(row);
    row.bumpVersion();
    if (m.updateWorksheet(row, expectedVersion) == 0) throw new WorksheetConflictException();
    return row;
  }

  private WorksheetRow rowFor(SqlSession s, long engagementId, String stepId) {
    WorksheetMapper m = s.getMapper(WorksheetMapper.class);
    WorksheetRow row = m.selectWorksheet(engagementId, stepId);
    return row != null ? row : insertFresh(m, engagementId, stepId);
  }

  private static WorksheetRow insertFresh(WorksheetMapper m, long engagementId, String stepId) {
    WorksheetRow row = WorksheetRow.fresh(engagementId, stepId);
    try {
      m.insertWorksheet(row);
    } catch (PersistenceException e) {
      // Two first saves at once: the unique key lets one through; the other is a stale page.
      throw new WorksheetConflictException();
    }
    return row;
  }

  private static void requireConsultant(User user) {
    if (!user.isConsultant()) throw new IllegalArgumentException("consultants only");
  }

}
