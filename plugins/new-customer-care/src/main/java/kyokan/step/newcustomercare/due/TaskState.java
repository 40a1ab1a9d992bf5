package kyokan.step.newcustomercare.due;

/** Where one step of one enrolment stands. */
public enum TaskState {
  /** Not marked yet (due in the future, due now, or overdue). */
  OPEN,
  DONE,
  SKIPPED,
  /** Skipped by the sequence itself: the customer bought again by the due day and the step is marked so. */
  BOUGHT_AGAIN;

  /** Bundle key of the state's name. */
  public String key() {
    return "task.state." + name();
  }
}
