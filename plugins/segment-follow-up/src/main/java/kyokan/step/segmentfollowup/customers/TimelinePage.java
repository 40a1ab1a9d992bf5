package kyokan.step.segmentfollowup.customers;

import java.util.List;
import java.util.Map;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.outreach.Channel;
import kyokan.core.outreach.TimelineEntry;
import kyokan.core.outreach.TimelineWords;
import kyokan.core.sales.Customer;
import kyokan.core.step.StepView;
import kyokan.step.segmentfollowup.common.StepPaths;

/** A customer's timeline, newest first, with the form to log a contact by hand and the customer's tags. */
public record TimelinePage(StepView view, FigureFormat format, Customer customer, List<String> tags,
    List<TimelineEntry> entries, ContactForm form, Map<String, String> errors, boolean logged, String csrf) {

  public String base() {
    return StepPaths.customer(view.client().getId(), customer.getId());
  }

  public String record() {
    return "/clients/" + view.client().getId() + "/steps/data-capture/customers/" + customer.getId();
  }

  public String campaign(long campaignId) {
    return StepPaths.campaign(view.client().getId(), campaignId);
  }

  public Channel[] channels() {
    return Channel.values();
  }

  public String error(String field) {
    String key = errors.get(field);
    return key == null ? null : view.t(key);
  }

  public String tagText() {
    return String.join(", ", tags);
  }

  /** What one entry says, in the reader's language. */
  public String describe(TimelineEntry e) {
    return TimelineWords.describe(e, view, format);
  }
}
