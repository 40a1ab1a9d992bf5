package kyokan.core.outreach;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import kyokan.core.ValidationException;

/**
 * What the campaign form asks. The target rule's postal flag follows the channel.
 *
 * @param costPerPiece minor units
 */
public record NewCampaign(String name, TargetRule rule, Channel channel, LocalDate sendDate, long costPerPiece,
    String offer, int windowDays, String message, int holdoutPercent) {
  public static final int DEFAULT_WINDOW_DAYS = 30;
  public static final int DEFAULT_HOLDOUT_PERCENT = 15;

  public NewCampaign {
    Map<String, String> problems = new LinkedHashMap<>();
    name = name == null ? "" : name.strip();
    if (name.isEmpty() || name.length() > 200) problems.put("name", "error.name");
    if (channel == null) problems.put("channel", "error.channel");
    if (sendDate == null) problems.put("sendDate", "error.date");
    if (costPerPiece < 0) problems.put("cost", "error.cost");
    if (windowDays < 1 || windowDays > 365) problems.put("window", "error.window");
    if (holdoutPercent < 0 || holdoutPercent > 50) problems.put("holdout", "error.holdout");
    offer = offer == null || offer.isBlank() ? null : offer.strip();
    if (offer != null && offer.length() > 200) problems.put("offer", "error.offer");
    message = message == null ? "" : message.strip();
    if (message.length() > 4000) problems.put("message", "error.message");
    if (!problems.isEmpty()) throw new ValidationException(problems);
    if (rule.postal() != channel.isPostal()) {
      rule = rule.withPostal(channel.isPostal());
    }
  }
}
