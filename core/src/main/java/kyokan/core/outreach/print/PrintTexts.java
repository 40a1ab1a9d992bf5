package kyokan.core.outreach.print;

import java.time.LocalDate;
import kyokan.core.i18n.Messages;

/** The few fixed words on printed mail (bundle {@code kyokan/core/outreach/messages}); mail goes out in Japanese. */
final class PrintTexts {
  private static final Messages MESSAGES =
      Messages.load("kyokan/core/outreach/messages", Messages.JAPANESE, PrintTexts.class.getClassLoader());

  private PrintTexts() {}

  /** 様, after the addressee's name. */
  static String honorific() {
    return MESSAGES.get("outreach.print.honorific");
  }

  /** 〒, before a postal code written out. */
  static String postalMark() {
    return MESSAGES.get("outreach.print.postalMark");
  }

  static String phone(String number) {
    return MESSAGES.format("outreach.print.phone", number);
  }

  static String date(LocalDate date) {
    return MESSAGES.format("outreach.print.date", String.valueOf(date.getYear()), date.getMonthValue(), date.getDayOfMonth());
  }
}
