package kyokan.core.worksheet;

/** One stored answer. */
public class WorksheetAnswer {
  private long worksheetId;
  private String questionId;
  private String answer;

  public long getWorksheetId() { return worksheetId; }
  public String getQuestionId() { return questionId; }
  public String getAnswer() { return answer; }

  static WorksheetAnswer of(long worksheetId, String questionId, String answer) {
    WorksheetAnswer a = new WorksheetAnswer();
    a.worksheetId = worksheetId;
    a.questionId = questionId;
    a.answer = answer;
    return a;
  }
}
