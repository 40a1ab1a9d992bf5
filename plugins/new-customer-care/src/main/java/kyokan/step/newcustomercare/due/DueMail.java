package kyokan.step.newcustomercare.due;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kyokan.core.outreach.Channel;
import kyokan.core.outreach.MailingList;
import kyokan.core.outreach.PrintSettings;
import kyokan.core.outreach.print.MailRecipient;
import kyokan.core.outreach.print.MergeText;
import kyokan.core.outreach.print.ShopAddress;

/**
 * The printed mail of due contacts: one piece per task, each with its own step's text. The printed-mail writers take
 * one template, so each recipient carries its filled text in the field {@value #TEXT_FIELD} and the template is that
 * field alone. Merge fields: {氏名}, {最終来店日}, {初回購入日}, {初回購入商品}, {店名}.
 */
public final class DueMail {
  public static final String TEXT_FIELD = "本文";
  public static final String TEMPLATE = "{" + TEXT_FIELD + "}";
  public static final String FIRST_PURCHASE = "初回購入日";
  public static final String FIRST_PRODUCTS = "初回購入商品";
  public static final String SHOP = "店名";

  private DueMail() {}

  /** The tasks by the given channels whose customer is still on file, with each one's mailing entry. */
  public static List<Piece> pieces(List<Task> tasks, List<MailingList.Entry> entries, Channel... channels) {
    Map<Long, MailingList.Entry> byCustomer = new HashMap<>();
    for (MailingList.Entry e : entries) byCustomer.put(e.customer().getId(), e);
    List<Channel> wanted = List.of(channels);
    List<Piece> pieces = new ArrayList<>();
    for (Task t : tasks) {
      MailingList.Entry e = byCustomer.get(t.enrolment().customerId());
      if (e != null && wanted.contains(t.step().channel())) pieces.add(new Piece(t, e));
    }
    return pieces;
  }

  /** A due task with the customer's record. */
  public record Piece(Task task, MailingList.Entry entry) {}

  public static List<MailRecipient> recipients(List<Piece> pieces, PrintSettings settings) {
    List<MailRecipient> list = new ArrayList<>();
    for (Piece p : pieces) {
      Map<String, String> extra = new LinkedHashMap<>();
      extra.put(FIRST_PURCHASE, MailingList.japaneseDate(p.task().enrolment().firstPurchase()));
      extra.put(FIRST_PRODUCTS, String.join("、", p.task().purchase().products()));
      extra.put(SHOP, settings.shopName() == null ? "" : settings.shopName());
      MailRecipient r = MailingList.recipients(List.of(p.entry()), extra).get(0);
      Map<String, String> fields = new LinkedHashMap<>(r.fields());
      fields.put(TEXT_FIELD, MergeText.fill(p.task().step().message(), r.fields()));
      list.add(new MailRecipient(r.name(), r.postalCode(), r.address(), fields));
    }
    return list;
  }

  public static ShopAddress shop(PrintSettings s) {
    return new ShopAddress(nz(s.shopName()), nz(s.shopPostalCode()), nz(s.shopAddress()), nz(s.shopPhone()));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
