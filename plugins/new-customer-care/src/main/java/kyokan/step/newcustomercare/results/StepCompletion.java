package kyokan.step.newcustomercare.results;

/**
 * How one step of the sequence was carried out, over the contacts due by today: done on time (at most
 * {@link kyokan.step.newcustomercare.due.Task#ON_TIME_DAYS} days after the due day), done late, skipped by hand,
 * skipped because the customer had bought again, and still open.
 */
public record StepCompletion(int number, int daysAfter, String channelKey, int due, int onTime, int late, int skipped,
    int boughtAgain, int open) {

  public double share(int count) {
    return due == 0 ? Double.NaN : (double) count / due;
  }
}
