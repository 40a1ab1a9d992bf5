package kyokan.step.community.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kyokan.core.analytics.CpmCell;
import kyokan.core.i18n.MoneyFormat;
import kyokan.core.outreach.Channel;
import kyokan.core.step.StepView;
import kyokan.step.community.common.StepPaths;

/** One event: its details, the invitation form, the guests with replies and attendance, and what followed. */
public record EventPage(StepView view, EventRow event, List<Guest> guests, EventOutcome within30, EventOutcome within90,
    LocalDate asOf, LocalDate today, String csrf, Map<String, String> errors, String invited,
    boolean printError) {

  public String action(String what) {
    return StepPaths.event(view.client().getId(), event.getId()) + "/" + what;
  }

  public String money(long minor) {
    return MoneyFormat.format(minor, view.client().getCurrency());
  }

  public String percent(double share) {
    return String.format("%.1f%%", 100 * share);
  }

  public String points(double d) {
    return String.format("%+.1f", 100 * d);
  }

  public CpmCell[] cells() {
    return CpmCell.values();
  }

  public Channel[] channels() {
    return Channel.values();
  }

  public Guest.Reply[] replies() {
    return Guest.Reply.values();
  }

  /** The letter's default text, with the merge fields the print fills in. */
  public String defaultInvitation() {
    return view.t("events.invite.default");
  }

  public String error(String field) {
    String key = errors.get(field);
    return key == null ? null : view.t(key);
  }
}
