package kyokan.step.segmentfollowup.campaigns;

import java.util.List;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.outreach.MailingList;
import kyokan.core.step.StepView;

/**
 * One campaign: what it is, who it went to, the print and export links, sending, and its result.
 *
 * @param noAddress customers left out of a postal campaign for want of an address, for the shop to fill in
 */
public record CampaignPage(StepView view, FigureFormat format, ResultView result, List<MailingList.Entry> noAddress,
    boolean created, boolean sent, String printError, String csrf) {

  /** Why the last print was refused, in the reader's language, or null. */
  public String printProblem() {
    if (printError == null || !printError.matches("[a-zA-Z.]{1,80}")) return null;
    return printError.startsWith("outreach.")
        ? kyokan.core.outreach.stats.Verdict.messages(view.messages().locale()).get(printError) : view.t(printError);
  }

  public String base() {
    return result.link();
  }

  /** The customer's record in step 1, where the address is filled in. */
  public String customerRecord(long customerId) {
    return "/clients/" + view.client().getId() + "/steps/data-capture/customers/" + customerId;
  }
}
