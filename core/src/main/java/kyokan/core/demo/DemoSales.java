package kyokan.core.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import kyokan.core.demo.DemoMenu.Item;
import kyokan.core.sales.SaleLineInput;

/** The shop's sale lines, simulated one day at a time, so only one day's lines are ever held. */
final class DemoSales implements Iterator<SaleLineInput> {
  private static final int OPENS = 8 * 3600;
  private static final int OPEN_SECONDS = 11 * 3600;
  private static final int WALK_IN = -1;
  // events in the agenda: a customer's index for a visit, −2 − index for a return

  private final DemoSeason season;
  private final DemoCustomerPlan plan;
  private final String[] codes;
  private final String[] names;
  private final double walkInsPerFactor;
  private final double returnRate;
  private final SplittableRandom random;
  private final double[] clock;
  private final boolean[] secondSpell;
  private final int[] returnItem;
  private final long[] returnQuantity;
  private final DemoAgenda agenda;
  private final DemoBasket basket = new DemoBasket();
  private final List<SaleLineInput> today = new ArrayList<>();
  private int[] orders = new int[64];
  private int[] times = new int[64];
  private int position;
  private int day;
  private int year;
  private int sequence;

  DemoSales(DemoSeason season, DemoCustomerPlan plan, String[] codes, String[] names, double walkInOrders,
      double returnRate, SplittableRandom random) {
    this.season = season;
    this.plan = plan;
    this.codes = codes;
    this.names = names;
    this.walkInsPerFactor = walkInOrders / season.totalWeight();
    this.returnRate = returnRate;
    this.random = random;
    this.clock = new double[plan.size];
    this.secondSpell = new boolean[plan.size];
    this.returnItem = new int[plan.size];
    this.returnQuantity = new long[plan.size];
    this.agenda = new DemoAgenda(season.days());
    Arrays.fill(returnItem, -1);
    for (int i = 0; i < plan.size; i++) {
      clock[i] = plan.firstVisit[i] + random.nextDouble();
      agenda.add(plan.firstVisit[i], i);
    }
  }

  @Override
  public boolean hasNext() {
    while (position == today.size() && day < season.days()) {
      today.clear();
      position = 0;
      simulate(day++);
    }
    return position < today.size();
  }

  @Override
  public SaleLineInput next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return today.get(position++);
  }

  private void simulate(int day) {
    int count = bookOrders(day);
    if (count == 0) {
      return;
    }
    DemoRandom.shuffle(random, orders, count);
    if (times.length < count) {
      times = new int[orders.length];
    }
    for (int j = 0; j < count; j++) {
      times[j] = random.nextInt(OPEN_SECONDS);
    }
    Arrays.sort(times, 0, count);
    LocalDate date = season.date(day);
    if (date.getYear() != year) {
      year = date.getYear();
      sequence = 0;
    }
    for (int j = 0; j < count; j++) {
      emitOrder(orders[j], day, date, LocalTime.ofSecondOfDay(OPENS + times[j]), orderNo(year, ++sequence));
    }
  }

  // customers booked for the day (a visit may book another the same day), then the walk-ins
  private int bookOrders(int day) {
    int count = 0;
    for (int k = 0; k < agenda.size(day); k++) {
      int event = agenda.get(day, k);
      count = book(count, event);
      if (event >= 0) {
        scheduleNextVisit(event);
      }
    }
    agenda.forget(day);
    for (int n = DemoRandom.poisson(random, walkInsPerFactor * season.factor(day)); n > 0; n--) {
      count = book(count, WALK_IN);
    }
    return count;
  }

  private void emitOrder(int event, int day, LocalDate date, LocalTime time, String orderNo) {
    if (event == WALK_IN) {
      basket.fill(random, season.month(day), 0, -1);
      emitBasket(date, time, orderNo, null, null);
    } else if (event >= 0) {
      basket.fill(random, season.month(day), plan.beanShare[event], plan.favouriteBeans[event]);
      emitBasket(date, time, orderNo, codes[event], names[event]);
      maybeScheduleReturn(event, day);
    } else {
      int customer = -2 - event;
      Item item = DemoMenu.item(returnItem[customer]);
      long quantity = returnQuantity[customer];
      today.add(new SaleLineInput(date, time, orderNo, 1, codes[customer], names[customer], item.code(), item.name(),
          -quantity, -quantity * item.price()));
      returnItem[customer] = -1;
    }
  }

  // R2024-000123: a receipt number that restarts every year (sorts as text up to 999,999 orders a year)
  private static String orderNo(int year, int sequence) {
    String digits = Integer.toString(sequence);
    StringBuilder orderNo = new StringBuilder(13).append('R').append(year).append('-');
    for (int pad = digits.length(); pad < 6; pad++) {
      orderNo.append('0');
    }
    return orderNo.append(digits).toString();
  }

  private int book(int count, int event) {
    if (count == orders.length) {
      orders = Arrays.copyOf(orders, count * 2);
    }
    orders[count] = event;
    return count + 1;
  }

  private void emitBasket(LocalDate date, LocalTime time, String orderNo, String code, String name) {
    for (int line = 0; line < basket.size; line++) {
      Item item = DemoMenu.item(basket.items[line]);
      today.add(new SaleLineInput(date, time, orderNo, line + 1, code, name, item.code(), item.name(),
          basket.quantities[line], basket.amount(line)));
    }
  }

  // a thinned Poisson process: propose at the busiest day's rate, keep a proposal as often as its day is busy
  private void scheduleNextVisit(int customer) {
    double t = clock[customer];
    double intensity = plan.rate[customer] * season.maxFactor();
    while (true) {
      t = intensity > 0 ? t + DemoRandom.exponential(random, 1 / intensity) : Double.POSITIVE_INFINITY;
      double spellEnd = secondSpell[customer] ? plan.secondSpellEnd[customer] : plan.firstSpellEnd[customer];
      if (t > spellEnd) {
        if (secondSpell[customer] || plan.comeback[customer] < 0) {
          return;
        }
        secondSpell[customer] = true;
        t = plan.comeback[customer] + random.nextDouble();
        break;
      }
      if (t >= season.days()) {
        return;
      }
      if (random.nextDouble() * season.maxFactor() < season.factor((int) t)) {
        break;
      }
    }
    clock[customer] = t;
    agenda.add((int) t, customer);
  }

  // the most expensive line of the order comes back a few days later, if nothing else is waiting to come back
  private void maybeScheduleReturn(int customer, int day) {
    if (returnRate == 0 || random.nextDouble() >= returnRate || returnItem[customer] >= 0) {
      return;
    }
    int line = 0;
    for (int i = 1; i < basket.size; i++) {
      if (basket.amount(i) > basket.amount(line)) {
        line = i;
      }
    }
    int returnDay = season.nextOpenDay(day + 1 + random.nextInt(14));
    if (returnDay < season.days()) {
      returnItem[customer] = basket.items[line];
      returnQuantity[customer] = basket.quantities[line];
      agenda.add(returnDay, -2 - customer);
    }
  }
}
