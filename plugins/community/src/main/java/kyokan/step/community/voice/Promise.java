package kyokan.step.community.voice;

import java.time.LocalDate;

/** An entry of the promise-kept log: a problem, what happened, what changed. */
public class Promise {
  LocalDate notedOn;
  String problem;
  String whatHappened;
  String whatChanged;

  public LocalDate getNotedOn() { return notedOn; }
  public String getProblem() { return problem; }
  public String getWhatHappened() { return whatHappened; }
  public String getWhatChanged() { return whatChanged; }
}
