package kyokan.core.worksheet;

import java.util.List;
import java.util.Map;

/** A worksheet as a page shows it: its state, the answers by question id, and the comments. */
public record Worksheet(WorksheetRow row, Map<String, String> answers, List<WorksheetComment> comments) {
  public WorksheetStatus status() { return row.getStatus(); }

  public int version() { return row.getVersion(); }

  public String answer(String questionId) { return answers.getOrDefault(questionId, ""); }

  public List<WorksheetComment> commentsOn(String questionId) {
    return comments.stream().filter(c -> c.getQuestionId().equals(questionId)).toList();
  }
}
