package kyokan.step.datacapture.importing;

import kyokan.core.jobs.Job;
import kyokan.core.sales.SalesImport;
import kyokan.core.step.StepView;

/**
 * A running or finished check or import.
 *
 * @param checked the finished check's outcome, else null
 * @param imported the finished import's row of the history, else null
 */
public record JobPage(StepView view, String csrf, Job job, JobOutcome.Checked checked, SalesImport imported) {
  public int percent() {
    return (int) Math.round(job.share() * 100);
  }
}
