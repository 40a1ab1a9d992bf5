package kyokan.step.datacapture.importing;

import kyokan.core.jobs.Job;
import kyokan.core.step.StepView;

/** A running or finished check or import. */
public record JobPage(StepView view, String csrf, Job job) {
  public ImportJobs.Checked checked() {
    return job.result() instanceof ImportJobs.Checked c ? c : null;
  }

  public ImportJobs.Imported imported() {
    return job.result() instanceof ImportJobs.Imported i ? i : null;
  }

  public int percent() {
    return (int) Math.round(job.share() * 100);
  }
}
