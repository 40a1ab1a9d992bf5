package kyokan.web.step;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.javalin.http.HandlerType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kyokan.core.analytics.CpmCell;
import kyokan.core.client.Client;
import kyokan.core.client.NewClient;
import kyokan.core.importing.ImportKind;
import kyokan.core.jobs.Progress;
import kyokan.core.outreach.CampaignService;
import kyokan.core.outreach.Channel;
import kyokan.core.outreach.NewCampaign;
import kyokan.core.outreach.TargetRule;
import kyokan.core.sales.ImportSource;
import kyokan.core.sales.SaleLineInput;
import kyokan.core.sales.SalesImportService;
import kyokan.core.step.StepExtension;
import kyokan.web.auth.PluginStepAccess;
import kyokan.web.support.Fixture;
import kyokan.web.support.TestHost;
import kyokan.web.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No page of a client fails on whatever its ledger holds (issue 18.1): sales dated 2030-01-01 and 2099-12-31
 * beside the demo shop's, a ledger of nothing but future sales, and one whose first sale is in 1900, all
 * written through the ledger service as an import that skipped the file checks would. The test walks every
 * GET route the step plugins mount, following the links the pages show and asking for odd months, as the
 * consultant and as the client's user, and fails on any 500.
 */
class OddDatesPagesTest {
  private static final Pattern LINK = Pattern.compile("href=\"(/clients/[^\"#]+)\"");
  private static final int VISITS_PER_ROUTE = 2;
  private static final List<String> ODD_QUERIES = List.of("?month=2099-12", "?month=2030-01", "?month=1900-01",
      "?month=garbage", "?asOf=2099-12-31", "?month=" + YearMonth.now());

  @TempDir static Path temp;
  static TestHost host;
  static Fixture fixture;
  static Client futureOnly;
  static Client ancient;

  @BeforeAll
  static void start() {
    host = TestHost.start(temp);
    fixture = new Fixture(host.services());
    fixture.importDemoSales();
    seed(fixture.clientX, List.of(line("2030-01-01", "F-1", "C0001"), line("2099-12-31", "F-2", "C0001"),
        line("2099-12-31", "F-3", "FUTURE-ONLY")));
    futureOnly = client("未来だけの店");
    seed(futureOnly, List.of(line("2030-01-01", "F-1", "A"), line("2099-12-31", "F-2", "A"), line("2099-12-31", "F-3", "B")));
    ancient = client("百年前からの店");
    LocalDate lastMonth = YearMonth.now().minusMonths(1).atDay(3);
    seed(ancient, List.of(line("1900-01-02", "O-1", "A"), line(lastMonth.toString(), "O-2", "A"),
        line(lastMonth.toString(), "O-3", "B"), line("2099-12-31", "O-4", "B")));
    for (StepExtension step : host.services().steps().steps()) {
      host.services().engagements().setUnlocked(fixture.engagementX.getId(), step.id(), true, fixture.consultantA);
    }
    // A campaign, so that step 4's campaign page and its print links are among the pages walked.
    TargetRule everyone = new TargetRule(YearMonth.now().minusMonths(2).atEndOfMonth(), EnumSet.allOf(CpmCell.class),
        null, null, null, null, true);
    host.services().core().get(CampaignService.class).create(fixture.clientX.getId(), new NewCampaign("odd dates",
        everyone, Channel.POSTCARD, LocalDate.now().minusDays(40), 0, null, 30, "{氏名}様", 15), fixture.consultantA.getId());
    // A survey and an event far in the future, so that step 7's survey and event pages and print links are walked.
    WebClient consultant = consultant();
    String community = "/clients/" + fixture.clientX.getId() + "/steps/community/";
    consultant.get(community + "voice");
    consultant.post(community + "voice/surveys", java.util.Map.of("title", "odd dates"));
    consultant.get(community + "events");
    consultant.post(community + "events", java.util.Map.of("title", "odd dates", "kind", "TASTING", "date", "2099-12-31",
        "place", "", "capacity", "10", "cost", "0"));
  }

  @AfterAll
  static void stop() {
    host.close();
  }

  @Test
  void everyPageOfAClientWithFutureSalesAnswersWithoutAnError() {
    Set<String> visited = assertNoServerError(fixture.clientX, consultant(), List.of());
    Set<String> unvisited = new HashSet<>(pluginGetRoutes(fixture.clientX.getId()).values());
    unvisited.removeAll(visited);
    assertTrue(unvisited.isEmpty(), "routes no page led to: " + unvisited);
    assertNoServerError(fixture.clientX, host.client().login(fixture.userX.getEmail(), Fixture.PASSWORD), List.of());
  }

  @Test
  void everyPageOfAClientWithOnlyFutureSalesAnswersWithoutAnError() {
    assertNoServerError(futureOnly, consultant(), listPagesOf(fixture.clientX, futureOnly));
  }

  @Test
  void everyPageOfAClientWhoseFirstSaleIsACenturyAgoAnswersWithoutAnError() {
    assertNoServerError(ancient, consultant(), listPagesOf(fixture.clientX, ancient));
  }

  /** The lists and exports the demo shop's pages link to, asked of a client whose own pages link to none. */
  private static List<String> listPagesOf(Client from, Client to) {
    WebClient consultant = consultant();
    List<String> links = new ArrayList<>();
    for (String page : List.of("analysis/dashboard", "segmentation/cells", "segmentation/movement")) {
      Matcher m = LINK.matcher(consultant.get("/clients/" + from.getId() + "/steps/" + page).body());
      while (m.find()) {
        if (m.group(1).matches(".*/(customers|members|tables)/[a-z].*")) {
          links.add(m.group(1).replace("/clients/" + from.getId() + "/", "/clients/" + to.getId() + "/"));
        }
      }
    }
    return links;
  }

  /** Walks the client's pages from its home, the steps and {@code extra}; answers the routes it reached. */
  private static Set<String> assertNoServerError(Client client, WebClient browser, List<String> extra) {
    Map<Pattern, String> routes = pluginGetRoutes(client.getId());
    Map<String, Integer> visits = new HashMap<>();
    Set<String> seen = new HashSet<>();
    Deque<String> queue = new ArrayDeque<>(extra);
    String home = "/clients/" + client.getId();
    queue.add(home);
    for (StepExtension step : host.services().steps().steps()) queue.add(home + "/steps/" + step.id());
    for (String route : routes.values()) {
      // Ids no page links to (an upload, a job) need not exist: the answer must still not be a 500.
      String path = route.replaceAll("\\{(uploadId|jobId)}", "0");
      if (path.contains("{")) continue;
      queue.add(path);
      for (String q : ODD_QUERIES) queue.add(path + q);
    }
    List<String> failures = new ArrayList<>();
    while (!queue.isEmpty()) {
      String url = queue.poll().replace("&amp;", "&");
      if (!seen.add(url)) continue;
      String route = routeOf(routes, url);
      if (route != null && visits.merge(route, 1, Integer::sum) > VISITS_PER_ROUTE + ODD_QUERIES.size() + 1) continue;
      WebClient.Response r = browser.get(url);
      if (r.status() >= 500) failures.add(r.status() + " " + url);
      if (r.status() != 200) continue;
      Matcher m = LINK.matcher(r.body());
      while (m.find()) if (m.group(1).startsWith(home)) queue.add(m.group(1));
    }
    if (!failures.isEmpty()) fail(failures.size() + " pages failed for " + client.getName() + ":\n" + String.join("\n", failures));
    return visits.keySet();
  }

  private static Map<Pattern, String> pluginGetRoutes(long clientId) {
    Map<Pattern, String> routes = new HashMap<>();
    host.workbench().app().unsafeConfig().pvt.internalRouter.allHttpHandlers().stream().map(p -> p.getEndpoint())
        .filter(e -> e.getMethod() == HandlerType.GET && e.getRoles().stream().anyMatch(r -> r instanceof PluginStepAccess))
        .forEach(e -> {
          String path = e.getPath().replace("{clientId}", String.valueOf(clientId));
          routes.put(Pattern.compile(Pattern.quote(path).replaceAll("\\{[^}]+}", "\\\\E[^/?]+\\\\Q") + "(\\?.*)?"), path);
        });
    return routes;
  }

  // A literal route (customers/new) before one with a parameter in its place (customers/{customerId}).
  private static String routeOf(Map<Pattern, String> routes, String url) {
    return routes.entrySet().stream().filter(e -> e.getKey().matcher(url).matches()).map(Map.Entry::getValue)
        .min(java.util.Comparator.comparingLong(r -> r.chars().filter(c -> c == '{').count())).orElse(null);
  }

  private static WebClient consultant() {
    return host.client().login(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD);
  }

  private static Client client(String name) {
    Client c = host.services().clients().create(fixture.consultantA, new NewClient(name, "雑貨店", null, null, null));
    host.services().engagements().start(c.getId(), YearMonth.now(), fixture.consultantA);
    return c;
  }

  private static SaleLineInput line(String date, String order, String customer) {
    return new SaleLineInput(LocalDate.parse(date), null, order, 1, customer, null, "P-ODD", "日付の怪しい商品", 1, 1_000);
  }

  private static void seed(Client client, List<SaleLineInput> lines) {
    String sha = String.format("%064x", client.getId() * 7919 + lines.size());
    host.services().core().get(SalesImportService.class).importSales(client.getId(),
        new ImportSource("odd-dates.csv", sha, ImportKind.SALES), lines.iterator(), 0, fixture.userX, Progress.NONE);
  }
}
