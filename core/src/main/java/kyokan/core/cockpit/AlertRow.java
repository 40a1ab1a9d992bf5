package kyokan.core.cockpit;

import kyokan.core.step.StepAlert;

/** A step's alert as stored for the cockpit (table {@code client_alert}). */
public class AlertRow {
  private long clientId;
  private int seq;
  private String stepId;
  private String kind;
  private String messageKey;
  private String link;
  private int itemCount;

  public long getClientId() { return clientId; }
  public String getStepId() { return stepId; }
  public String getKind() { return kind; }
  public String getMessageKey() { return messageKey; }
  public String getLink() { return link; }
  public int getItemCount() { return itemCount; }
  public int getSeq() { return seq; }

  static AlertRow of(long clientId, int seq, String stepId, StepAlert alert) {
    AlertRow r = new AlertRow();
    r.clientId = clientId;
    r.seq = seq;
    r.stepId = stepId;
    r.kind = alert.kind();
    r.messageKey = alert.messageKey();
    r.link = alert.link();
    r.itemCount = alert.count();
    return r;
  }
}
