package kyokan.step.newcustomercare.results;

import java.util.Locale;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.i18n.Messages;
import kyokan.core.outreach.stats.MeanDifference;
import kyokan.core.outreach.stats.ResponseComparison;
import kyokan.core.outreach.stats.Verdict;
import kyokan.core.step.StepView;

/** One window's result as the page and the report print it, with step 4's verdict words. */
public record WindowView(int days, int contacted, int heldOut, String secondContacted, String secondHeldOut,
    String rateContacted, String rateHeldOut, String difference, String interval, String fisherP, String verdict,
    String verdictClass, String explanation, String rppContacted, String rppHeldOut, String rppDifference,
    String rppInterval, String rppVerdict, String rppVerdictClass) {

  public static WindowView of(StepView v, FigureFormat f, WindowResult w) {
    Locale locale = v.messages().locale();
    Messages words = Verdict.messages(locale);
    ResponseComparison c = w.f2().orElse(null);
    MeanDifference m = w.revenue().orElse(null);
    String none = FigureFormat.NONE;
    return new WindowView(w.days(), w.contacted(), w.heldOut(), String.valueOf(w.contactedSecond()), String.valueOf(w.heldOutSecond()),
        rate(w.contactedSecond(), w.contacted()), rate(w.heldOutSecond(), w.heldOut()),
        c == null ? none : points(c.difference().difference()),
        c == null ? none : points(c.difference().interval().lower()) + " 〜 " + points(c.difference().interval().upper()),
        c == null ? none : String.format(Locale.ROOT, "%.3f", c.fisherP()),
        c == null ? v.t("results.noComparison") : words.get(c.verdict().messageKey()),
        c == null ? "none" : c.verdict().name().toLowerCase(Locale.ROOT),
        c == null ? v.t("results.noComparison.explain")
            : words.format(c.verdict().explanationKey(), String.format(Locale.ROOT, "%.1f", c.smallestDetectable() * 100)),
        perPerson(f, w.contactedRevenue(), w.contacted()), perPerson(f, w.heldOutRevenue(), w.heldOut()),
        m == null ? none : signed(f, m.difference()),
        m == null ? none : signed(f, m.interval().lower()) + " 〜 " + signed(f, m.interval().upper()),
        m == null ? v.t("results.noComparison") : words.get(Verdict.of(m.interval()).messageKey()),
        m == null ? "none" : Verdict.of(m.interval()).name().toLowerCase(Locale.ROOT));
  }

  static String rate(int k, int n) {
    return n == 0 ? FigureFormat.NONE : String.format(Locale.ROOT, "%.1f%%", 100.0 * k / n);
  }

  static String points(double d) {
    return String.format(Locale.ROOT, "%+.1fpt", d * 100);
  }

  private static String perPerson(FigureFormat f, long total, int n) {
    return n == 0 ? FigureFormat.NONE : f.money(Math.round((double) total / n));
  }

  private static String signed(FigureFormat f, double minor) {
    long rounded = Math.round(minor);
    return (rounded >= 0 ? "+" : "−") + f.money(Math.abs(rounded));
  }
}
