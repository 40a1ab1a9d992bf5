package kyokan.step.community.voice;

import java.time.Instant;

/** A community_survey row. */
public class SurveyRow {
  Long id;
  long clientId;
  String title;
  String token;
  boolean isOpen;
  boolean showShopName;
  long createdBy;
  Instant createdAt;

  public SurveyRow() {}

  SurveyRow(long clientId, String title, String token, boolean showShopName, long createdBy, Instant createdAt) {
    this.clientId = clientId;
    this.title = title;
    this.token = token;
    this.isOpen = true;
    this.showShopName = showShopName;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() { return id; }
  public long getClientId() { return clientId; }
  public String getTitle() { return title; }
  public String getToken() { return token; }
  public boolean isOpen() { return isOpen; }
  public boolean isShowShopName() { return showShopName; }
  public Instant getCreatedAt() { return createdAt; }
}
