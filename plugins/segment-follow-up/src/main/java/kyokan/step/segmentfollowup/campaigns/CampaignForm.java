package kyokan.step.segmentfollowup.campaigns;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import kyokan.core.ValidationException;
import kyokan.core.analytics.CpmCell;
import kyokan.core.analytics.MonthChoice;
import kyokan.core.importing.InvalidValueException;
import kyokan.core.importing.MoneyParser;
import kyokan.core.outreach.Channel;
import kyokan.core.outreach.NewCampaign;
import kyokan.core.outreach.TargetRule;

/**
 * The campaign form as typed: every field kept as text so a refused form comes back as it was sent.
 * {@code seed} carries the previewed draw to the create step, so the list created is the list previewed.
 */
public record CampaignForm(String name, List<String> cells, String month, String minDays, String maxDays,
    String productCode, String tag, String channel, String sendDate, String cost, String offer, String window,
    String holdout, String message, String seed) {

  public static CampaignForm read(Function<String, Optional<String>> field, Function<String, List<String>> values) {
    return new CampaignForm(text(field, "name"), values.apply("cells"), text(field, "month"), text(field, "minDays"),
        text(field, "maxDays"), text(field, "product"), text(field, "tag"), text(field, "channel"),
        text(field, "sendDate"), text(field, "cost"), text(field, "offer"), text(field, "window"),
        text(field, "holdout"), text(field, "message"), text(field, "seed"));
  }

  /** A new form: the month given, the program's defaults (30-day window, 15 % holdout), the message of the plan. */
  public static CampaignForm blank(String month, List<String> cells, String channel, String sendDate, String message) {
    return new CampaignForm("", cells, month, "", "", "", "", channel, sendDate, "0", "",
        String.valueOf(NewCampaign.DEFAULT_WINDOW_DAYS), String.valueOf(NewCampaign.DEFAULT_HOLDOUT_PERCENT), message, "");
  }

  private static String text(Function<String, Optional<String>> field, String name) {
    return field.apply(name).orElse("").strip();
  }

  public boolean hasCell(CpmCell cell) {
    return cells.contains(cell.name());
  }

  /** The campaign the form asks for, with {@code productId} resolved by the caller; problems as message keys. */
  public NewCampaign campaign(int minorDigits, Long productId, Map<String, String> errors) {
    EnumSet<CpmCell> chosen = EnumSet.noneOf(CpmCell.class);
    for (String c : cells) {
      try {
        chosen.add(CpmCell.valueOf(c));
      } catch (IllegalArgumentException e) {
        errors.put("cells", "error.cells");
      }
    }
    Optional<YearMonth> asOf = MonthChoice.parse(month);
    if (asOf.isEmpty()) errors.put("month", "error.asOf");
    Integer min = whole(minDays, "days", errors);
    Integer max = whole(maxDays, "days", errors);
    Optional<Channel> ch = Channel.parse(channel);
    if (ch.isEmpty()) errors.put("channel", "error.channel");
    LocalDate send = date(sendDate, errors);
    long costMinor = money(cost, minorDigits, errors);
    Integer windowDays = whole(window, "window", errors);
    Integer holdoutPercent = whole(holdout, "holdout", errors);
    if (!productCode.isEmpty() && productId == null) errors.put("product", "error.product");
    if (!errors.isEmpty()) return null;
    try {
      TargetRule rule = new TargetRule(asOf.get().atEndOfMonth(), chosen, min, max, productId, tag,
          ch.get().isPostal());
      return new NewCampaign(name, rule, ch.get(), send, costMinor, offer, windowDays == null ? 0 : windowDays,
          message, holdoutPercent == null ? -1 : holdoutPercent);
    } catch (ValidationException e) {
      e.problems().forEach(errors::putIfAbsent);
      return null;
    }
  }

  /** The seed of the previewed draw, if the form carries one. */
  public Optional<Long> previewSeed() {
    try {
      return seed.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(seed));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  public CampaignForm withSeed(long newSeed) {
    return new CampaignForm(name, cells, month, minDays, maxDays, productCode, tag, channel, sendDate, cost, offer,
        window, holdout, message, Long.toString(newSeed));
  }

  private static Integer whole(String text, String field, Map<String, String> errors) {
    if (text.isEmpty()) return null;
    try {
      int n = Integer.parseInt(text);
      if (n < 0) throw new NumberFormatException();
      return n;
    } catch (NumberFormatException e) {
      errors.put(field, "error." + field);
      return null;
    }
  }

  private static LocalDate date(String text, Map<String, String> errors) {
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      errors.put("sendDate", "error.date");
      return null;
    }
  }

  private static long money(String text, int minorDigits, Map<String, String> errors) {
    if (text.isEmpty()) return 0;
    try {
      return MoneyParser.parseMinorUnits(text, minorDigits);
    } catch (InvalidValueException e) {
      errors.put("cost", "error.cost");
      return 0;
    }
  }

}
