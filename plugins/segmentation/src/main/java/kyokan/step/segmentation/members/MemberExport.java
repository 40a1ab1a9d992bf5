package kyokan.step.segmentation.members;

import java.util.ArrayList;
import java.util.List;
import kyokan.core.analytics.CustomerTable;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.sales.Customer;
import kyokan.core.step.StepView;

/**
 * A member list as rows for a mail merge: contact details first, then how the customer buys. By default
 * only customers who agreed to be contacted; with everyone, the others are listed without their contact details.
 */
final class MemberExport {
  private MemberExport() {}

  static List<String> header(StepView v, boolean everyone) {
    List<String> h = new ArrayList<>(List.of(v.t("col.code"), v.t("col.name"), v.t("col.kana"), v.t("col.postalCode"),
        v.t("col.address"), v.t("col.phone"), v.t("col.email"), v.t("col.cell"), v.t("col.purchases"), v.t("col.amount"),
        v.t("col.last"), v.t("col.recency")));
    if (everyone) h.add(v.t("col.consent"));
    return h;
  }

  static List<List<String>> rows(StepView v, FigureFormat f, CustomerTable table, Contacts contacts, boolean everyone) {
    List<List<String>> rows = new ArrayList<>(table.size());
    for (int i = 0; i < table.size(); i++) {
      CustomerTable.Row r = table.row(i);
      boolean consent = contacts.mayContact(r.customer().id());
      if (!consent && !everyone) continue;
      Customer c = consent ? contacts.get(r.customer().id()) : null;
      List<String> row = new ArrayList<>(List.of(text(r.customer().code()), text(r.customer().name()),
          c == null ? "" : text(c.getKana()), c == null ? "" : text(c.getPostalCode()), c == null ? "" : text(c.getAddress()),
          c == null ? "" : text(c.getPhone()), c == null ? "" : text(c.getEmail()), v.t("cell." + r.cell().name()),
          String.valueOf(r.purchases()), f.plainAmount(r.amount()), String.valueOf(r.lastPurchase()),
          String.valueOf(r.recencyDays())));
      if (everyone) row.add(v.t(consent ? "consent.yes" : "consent.no"));
      rows.add(row);
    }
    return rows;
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }
}
