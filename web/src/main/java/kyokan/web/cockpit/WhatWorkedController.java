package kyokan.web.cockpit;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import kyokan.core.client.Client;
import kyokan.core.i18n.Messages;
import kyokan.core.outreach.CampaignResult;
import kyokan.core.outreach.CampaignResults;
import kyokan.core.outreach.PooledResult;
import kyokan.core.outreach.stats.Interval;
import kyokan.core.outreach.stats.Verdict;
import kyokan.view.cockpit.WhatWorkedPage;
import kyokan.web.Services;
import kyokan.web.http.Pages;
import kyokan.web.http.RequestState;

/**
 * "What worked across shops": the consultant's own clients' campaigns grouped by kind (same cells, same
 * channel), each kind pooled with Mantel–Haenszel across shops (step 4's statistics), beside each shop's own.
 * Only the signed-in consultant's clients are read, so no shop is ever shown to another consultant.
 */
public final class WhatWorkedController {
  private final Services services;
  private final Pages pages;

  public WhatWorkedController(Services services, Pages pages) {
    this.services = services;
    this.pages = pages;
  }

  public void showWhatWorked(Context ctx) {
    Messages m = Pages.messages(ctx);
    Locale locale = RequestState.locale(ctx);
    List<Client> clients = services.clients().clientsOf(RequestState.user(ctx));
    CampaignResults results = services.core().get(CampaignResults.class);
    Map<Long, String> shopNames = new LinkedHashMap<>();
    List<CampaignResult> all = new ArrayList<>();
    for (Client c : clients) {
      shopNames.put(c.getId(), c.getName());
      results.all(c.getId()).stream().filter(r -> r.campaign().isSent() && r.comparison().isPresent()).forEach(all::add);
    }
    Map<String, PooledResult> pooled = new LinkedHashMap<>();
    for (PooledResult p : CampaignResults.pooled(all)) pooled.put(kindKey(p.cells().toString(), p.channel().name()), p);
    Map<String, List<CampaignResult>> byKind = new LinkedHashMap<>();
    for (CampaignResult r : all) {
      byKind.computeIfAbsent(kindKey(r.list().rule().cells().toString(), r.campaign().getChannel().name()),
          k -> new ArrayList<>()).add(r);
    }
    List<WhatWorkedPage.Kind> kinds = new ArrayList<>();
    byKind.forEach((key, list) -> {
      CampaignResult first = list.get(0);
      String name = first.list().rule().cells().stream().map(c -> m.get("meeting.cell." + c.name()))
          .collect(Collectors.joining("・")) + " × " + m.get("channel." + first.campaign().getChannel().name());
      PooledResult p = pooled.get(key);
      List<WhatWorkedPage.Campaign> rows = list.stream().map(r -> row(r, shopNames, m, locale)).toList();
      int shops = (int) list.stream().map(r -> r.campaign().getClientId()).distinct().count();
      kinds.add(p == null
          ? new WhatWorkedPage.Kind(name, list.size(), shops, "–", "–", m.get("whatWorked.notPooled"), "none", rows)
          : new WhatWorkedPage.Kind(name, list.size(), shops, points(p.pooled().difference()), interval(p.pooled().interval()),
              p.verdict().label(locale), p.verdict().name().toLowerCase(Locale.ROOT), rows));
    });
    pages.render(ctx, "cockpit/whatWorked.jte", Map.of("page", new WhatWorkedPage(kinds, clients.size())));
  }

  private static WhatWorkedPage.Campaign row(CampaignResult r, Map<Long, String> shops, Messages m, Locale locale) {
    var c = r.comparison().orElseThrow();
    Verdict v = c.verdict();
    String link = "/clients/" + r.campaign().getClientId() + "/steps/segment-follow-up/campaigns/" + r.campaign().getId();
    return new WhatWorkedPage.Campaign(shops.get(r.campaign().getClientId()), r.campaign().getName(), link,
        r.campaign().getSendDate().toString(), r.contacted().customers() + " / " + r.heldOut().customers(),
        points(c.difference().difference()), interval(c.difference().interval()),
        v.label(locale) + (r.provisional() ? m.get("whatWorked.provisional") : ""), v.name().toLowerCase(Locale.ROOT));
  }

  private static String kindKey(String cells, String channel) {
    return cells + "|" + channel;
  }

  private static String points(double d) {
    return String.format(Locale.ROOT, "%+.1fpt", d * 100);
  }

  private static String interval(Interval i) {
    return points(i.lower()) + " 〜 " + points(i.upper());
  }
}
