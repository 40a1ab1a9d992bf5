package kyokan.core.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import kyokan.core.sales.CustomerInput;
import kyokan.core.sales.ProductInput;
import kyokan.core.sales.SaleLineInput;

/**
 * A deterministic small coffee shop (products, customers, sale lines) for --demo, tests and benchmarks; the same
 * spec gives the same output bit for bit.
 *
 * <p>Each customer has a first visit spread over the period (regulars from before it in its first weeks, newcomers
 * later, more of them recently); over half of the newcomers never come back, the others visit at a personal rate drawn
 * from a Pareto distribution (so a small share of customers makes most of the revenue) until an exponentially long
 * spell ends and they lapse, and some return for a second spell 5–19 months later. Visits and anonymous walk-in sales
 * follow the season (December and spring busier, high summer quieter, weekends busier, closed 1–3 January); an order
 * has 1–4 lines, and now and then a customer brings one line back 1–14 days later as a separate negative order.
 *
 * <p>Sales stream one day at a time: memory grows with the number of customers, not lines.
 */
public final class DemoShopGenerator {
  private final DemoShopSpec spec;
  private final DemoSeason season;
  private final DemoCustomerPlan plan;
  private final List<CustomerInput> customers;
  private final long salesSeed;
  private final double walkInOrders;

  public DemoShopGenerator(DemoShopSpec spec) {
    this.spec = spec;
    this.season = new DemoSeason(spec.startDate(), spec.endDate());
    SplittableRandom root = new SplittableRandom(spec.seed());
    SplittableRandom planRandom = new SplittableRandom(root.nextLong());
    SplittableRandom peopleRandom = new SplittableRandom(root.nextLong());
    this.salesSeed = root.nextLong();
    double anonymousLines = spec.lines() * spec.anonymousShare();
    double identifiedLines = spec.lines() - anonymousLines;
    this.walkInOrders = anonymousLines / DemoBasket.expectedSize(true);
    double identifiedOrders = identifiedLines / (DemoBasket.expectedSize(false) + spec.returnRate());
    this.plan = new DemoCustomerPlan(spec.customers(), identifiedOrders, season, planRandom);
    this.customers = people(spec, peopleRandom);
  }

  private static List<CustomerInput> people(DemoShopSpec spec, SplittableRandom random) {
    DemoPeople people = new DemoPeople(random, spec.endDate());
    int width = Math.max(5, Integer.toString(spec.customers()).length());
    List<CustomerInput> list = new ArrayList<>(spec.customers());
    for (int i = 1; i <= spec.customers(); i++) {
      String number = Integer.toString(i);
      list.add(people.next("C" + "0".repeat(width - number.length()) + number));
    }
    return Collections.unmodifiableList(list);
  }

  public DemoShopSpec spec() {
    return spec;
  }

  /** The menu, codes P001…, prices in yen. */
  public List<ProductInput> products() {
    return DemoMenu.PRODUCTS;
  }

  /** Every customer, codes C00001… in order of their first visit. */
  public List<CustomerInput> customers() {
    return customers;
  }

  /** A fresh pass over the sale lines, by date then order number; lineNo counts 1… within each order. */
  public Iterator<SaleLineInput> lineIterator() {
    String[] codes = new String[customers.size()];
    String[] names = new String[customers.size()];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = customers.get(i).code();
      names[i] = customers.get(i).name();
    }
    return new DemoSales(season, plan, codes, names, walkInOrders, spec.returnRate(), new SplittableRandom(salesSeed));
  }

  /** The sale lines as a lazy sequential stream; see {@link #lineIterator()}. */
  public Stream<SaleLineInput> lines() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(lineIterator(),
        Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE), false);
  }

  public void forEachLine(Consumer<? super SaleLineInput> sink) {
    lineIterator().forEachRemaining(sink);
  }
}
