package kyokan.step.community.voice;

import java.time.Instant;

/** A community_response row: one person's answers to a survey, and the shop's reply to their comment. */
public class ResponseRow {
  /** Where the answers came from. */
  public enum Source { PAPER, LINK }

  Long id;
  long surveyId;
  String surveyTitle;
  int recommend;
  String commentText;
  Long customerId;
  String customerName;
  String source;
  Instant answeredAt;
  String reply;
  String actionTaken;
  Instant repliedAt;

  public ResponseRow() {}

  ResponseRow(long surveyId, int recommend, String comment, Long customerId, Source source, Instant at) {
    this.surveyId = surveyId;
    this.recommend = recommend;
    this.commentText = comment;
    this.customerId = customerId;
    this.source = source.name();
    this.answeredAt = at;
  }

  public Long getId() { return id; }
  public long getSurveyId() { return surveyId; }
  public String getSurveyTitle() { return surveyTitle; }
  public int getRecommend() { return recommend; }
  public String getCommentText() { return commentText; }
  public Long getCustomerId() { return customerId; }
  public String getCustomerName() { return customerName; }
  public String getSource() { return source; }
  public Instant getAnsweredAt() { return answeredAt; }
  public String getReply() { return reply; }
  public String getActionTaken() { return actionTaken; }
  public Instant getRepliedAt() { return repliedAt; }

  public boolean hasComment() {
    return commentText != null && !commentText.isBlank();
  }

  public boolean isAnswered() {
    return repliedAt != null;
  }
}
