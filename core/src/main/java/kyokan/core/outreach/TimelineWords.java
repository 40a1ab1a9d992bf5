package kyokan.core.outreach;

import kyokan.core.i18n.FigureFormat;
import kyokan.core.step.StepView;

/**
 * What one entry of a customer's timeline says, in the reader's language: step 4's timeline and step 6's カルテ say
 * it alike. The words come from the step's own bundle, which holds the {@code timeline.*}, {@code cell.*} and
 * {@code source.*} keys and the channels' keys.
 */
public final class TimelineWords {
  /** Products named on an order's line; the rest are counted. */
  static final int PRODUCTS_NAMED = 3;

  private TimelineWords() {}

  public static String describe(TimelineEntry e, StepView view, FigureFormat format) {
    return switch (e.kind()) {
      case ORDER -> view.t(e.amount() > 0 ? "timeline.order" : "timeline.refund", format.money(e.amount()), products(e, view));
      case CELL -> e.previousCell() == null ? view.t("timeline.firstCell", view.t("cell." + e.cell().name()))
          : view.t("timeline.cell", view.t("cell." + e.previousCell().name()), view.t("cell." + e.cell().name()));
      case CONTACT -> view.t("timeline.contact", view.t(e.contact().getChannel().key()),
          view.t("source." + e.contact().getSource().name()), e.contact().getRecordedByName());
      case LIST -> view.t("timeline.list." + e.membership().arm().name(),
          e.membership().campaignName() == null ? view.t("timeline.list.unnamed") : e.membership().campaignName());
    };
  }

  private static String products(TimelineEntry e, StepView view) {
    int count = e.products().size();
    String named = String.join("、", e.products().subList(0, Math.min(PRODUCTS_NAMED, count)));
    return count > PRODUCTS_NAMED ? named + view.t("timeline.more", count - PRODUCTS_NAMED) : named;
  }
}
