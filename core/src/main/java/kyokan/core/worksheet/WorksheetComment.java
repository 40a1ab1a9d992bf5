package kyokan.core.worksheet;

import java.time.Instant;

/** A consultant's remark on one question of a worksheet. */
public class WorksheetComment {
  private long id;
  private long worksheetId;
  private String questionId;
  private long authorId;
  private String authorName;
  private String body;
  private Instant createdAt;

  public long getId() { return id; }
  public long getWorksheetId() { return worksheetId; }
  public String getQuestionId() { return questionId; }
  public long getAuthorId() { return authorId; }
  public String getAuthorName() { return authorName; }
  public String getBody() { return body; }
  public Instant getCreatedAt() { return createdAt; }

  static WorksheetComment of(long worksheetId, String questionId, long authorId, String body, Instant at) {
    WorksheetComment c = new WorksheetComment();
    c.worksheetId = worksheetId;
    c.questionId = questionId;
    c.authorId = authorId;
    c.body = body;
    c.createdAt = at;
    return c;
  }
}
