package kyokan.step.newcustomercare.results;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.Ledger;
import kyokan.core.outreach.Arm;
import kyokan.core.outreach.stats.MeanDifference;
import kyokan.core.outreach.stats.Proportion;
import kyokan.core.outreach.stats.ResponseComparison;
import kyokan.step.newcustomercare.due.Task;
import kyokan.step.newcustomercare.due.TaskBoard;
import kyokan.step.newcustomercare.enrolment.Enrolment;
import kyokan.step.newcustomercare.enrolment.EnrolmentService;
import kyokan.step.newcustomercare.enrolment.FirstPurchase;
import kyokan.step.newcustomercare.sequence.SequenceService;
import kyokan.step.newcustomercare.sequence.SequenceStep;
import kyokan.step.newcustomercare.sequence.SequenceVersion;

/** Computes {@link CareResult} from the enrolments, the tasks and the ledger as imported (METHOD.md, step 5). */
public final class SequenceResults {
  /** How many first-purchase months before the start the before/after chart shows. */
  static final int MONTHS_BEFORE = 12;
  private final AnalyticsService analytics;
  private final SequenceService sequences;
  private final EnrolmentService enrolments;
  private final TaskBoard board;

  public SequenceResults(AnalyticsService analytics, SequenceService sequences, EnrolmentService enrolments, TaskBoard board) {
    this.analytics = analytics;
    this.sequences = sequences;
    this.enrolments = enrolments;
    this.board = board;
  }

  /** As of {@code today} (data after it is not read); empty until the client has a sequence. */
  public Optional<CareResult> of(long clientId, LocalDate today) {
    Optional<SequenceVersion> current = sequences.current(clientId);
    if (current.isEmpty()) return Optional.empty();
    Ledger ledger = analytics.ledger(clientId);
    // A report of a past month reads the data up to that month's end, as the pages of that month did.
    LocalDate through = ledger.lastSale().map(d -> d.isAfter(today) ? today : d).orElse(null);
    int contacted = 0, heldOut = 0, noConsent = 0, notNew = 0;
    List<FirstPurchase> contactedBuys = new ArrayList<>();
    List<FirstPurchase> heldOutBuys = new ArrayList<>();
    for (Enrolment e : enrolments.enrolments(clientId)) {
      if (e.arm() == Arm.NO_CONSENT) {
        noConsent++;
        continue;
      }
      if (e.arm() == Arm.CONTACTED) contacted++;
      else heldOut++;
      OptionalInt index = ledger.customerIndex(e.customerId());
      Optional<FirstPurchase> purchase = index.isEmpty() ? Optional.empty() : FirstPurchase.of(ledger, index.getAsInt());
      if (purchase.isEmpty() || !purchase.get().date().equals(e.firstPurchase())) {
        notNew++;
        continue;
      }
      (e.arm() == Arm.CONTACTED ? contactedBuys : heldOutBuys).add(purchase.get());
    }
    return Optional.of(new CareResult(current.get(), contacted, heldOut, noConsent,
        enrolments.lateArrivals(clientId, today).size(), notNew, through,
        window(90, contactedBuys, heldOutBuys, through, clientId), window(180, contactedBuys, heldOutBuys, through, clientId),
        completion(current.get(), board.tasks(clientId), today), months(ledger, current.get().startDate(), through)));
  }

  static WindowResult window(int days, List<FirstPurchase> contacted, List<FirstPurchase> heldOut, LocalDate through, long seed) {
    long[] c = revenues(days, passed(days, contacted, through));
    long[] h = revenues(days, passed(days, heldOut, through));
    int cSecond = second(days, passed(days, contacted, through));
    int hSecond = second(days, passed(days, heldOut, through));
    boolean both = c.length > 0 && h.length > 0;
    return new WindowResult(days, c.length, cSecond, sum(c), h.length, hSecond, sum(h),
        both ? Optional.of(ResponseComparison.of(new Proportion(cSecond, c.length), new Proportion(hSecond, h.length)))
            : Optional.empty(),
        both ? Optional.of(MeanDifference.bootstrap(c, h, seed * 1_000 + days)) : Optional.empty());
  }

  /** The customers whose window of {@code days} after the first purchase lies wholly within the imported data. */
  static List<FirstPurchase> passed(int days, List<FirstPurchase> buys, LocalDate through) {
    if (through == null) return List.of();
    return buys.stream().filter(p -> !p.date().plusDays(days).isAfter(through)).toList();
  }

  private static long[] revenues(int days, List<FirstPurchase> buys) {
    return buys.stream().mapToLong(p -> p.revenueAfterWithin(days)).toArray();
  }

  private static int second(int days, List<FirstPurchase> buys) {
    return (int) buys.stream().filter(p -> p.boughtAgainWithin(days)).count();
  }

  private static long sum(long[] values) {
    long s = 0;
    for (long v : values) s += v;
    return s;
  }

  static List<StepCompletion> completion(SequenceVersion current, List<Task> tasks, LocalDate today) {
    Map<Integer, int[]> counts = new LinkedHashMap<>();
    Map<Integer, SequenceStep> labels = new java.util.HashMap<>();
    for (SequenceStep step : current.steps()) {
      counts.put(step.number(), new int[6]);
      labels.put(step.number(), step);
    }
    for (Task t : tasks) {
      if (t.due().isAfter(today)) continue;
      labels.putIfAbsent(t.step().number(), t.step());
      int[] c = counts.computeIfAbsent(t.step().number(), k -> new int[6]);
      c[0]++;
      switch (t.state()) {
        case DONE -> c[t.doneOnTime() ? 1 : 2]++;
        case SKIPPED -> c[3]++;
        case BOUGHT_AGAIN -> c[4]++;
        case OPEN -> c[5]++;
      }
    }
    List<StepCompletion> list = new ArrayList<>();
    for (var entry : counts.entrySet()) {
      SequenceStep step = labels.get(entry.getKey());
      int[] c = entry.getValue();
      list.add(new StepCompletion(entry.getKey(), step.daysAfter(), step.channel().key(), c[0], c[1], c[2], c[3], c[4], c[5]));
    }
    return list;
  }

  /** F2 within 90 days per first-purchase month, from a year before the start to the last month whose window has passed. */
  static List<MonthF2> months(Ledger ledger, LocalDate start, LocalDate through) {
    if (through == null) return List.of();
    YearMonth from = YearMonth.from(start).minusMonths(MONTHS_BEFORE);
    YearMonth to = YearMonth.from(through);
    while (to.atEndOfMonth().plusDays(90).isAfter(through)) to = to.minusMonths(1);
    Map<YearMonth, int[]> counts = new LinkedHashMap<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) counts.put(m, new int[2]);
    if (counts.isEmpty()) return List.of();
    for (FirstPurchase p : FirstPurchase.between(ledger, from.atDay(1), to.atEndOfMonth())) {
      int[] c = counts.get(YearMonth.from(p.date()));
      c[0]++;
      if (p.boughtAgainWithin(90)) c[1]++;
    }
    List<MonthF2> list = new ArrayList<>();
    for (var e : counts.entrySet()) {
      list.add(new MonthF2(e.getKey(), e.getValue()[0], e.getValue()[1], !e.getKey().isBefore(YearMonth.from(start))));
    }
    return list;
  }
}
