package kyokan.core.segmentation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CpmThresholds;
import kyokan.core.analytics.Ledger;
import kyokan.core.analytics.ThresholdEvidence;
import kyokan.core.client.Client;
import kyokan.core.client.ClientMapper;
import kyokan.core.db.Database;

/**
 * Defaults that fit the client's currency: the published ones for yen (¥70,000 is a yen figure); for any
 * other currency the amount limit the thresholds page suggests from the client's own data (about 7 × the
 * average order of the year up to the last complete month, rounded the same way), since "70,000 minor
 * units" would mean £700 or $700 for no reason. Computed once per ledger version.
 */
public final class SuggestedDefaults implements DefaultThresholds {
  private record Cached(long dataVersion, Defaults defaults) {}

  private final Database db;
  private final AnalyticsService analytics;
  private final Map<Long, String> currencies = new ConcurrentHashMap<>();
  private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

  public SuggestedDefaults(Database db, AnalyticsService analytics) {
    this.db = db;
    this.analytics = analytics;
  }

  @Override
  public Defaults forClient(long clientId) {
    String currency = currencies.computeIfAbsent(clientId, id -> {
      Client c = db.read(s -> s.getMapper(ClientMapper.class).selectById(id));
      return c == null ? "JPY" : c.getCurrency();
    });
    if ("JPY".equals(currency)) return PUBLISHED.forClient(clientId);
    Ledger ledger = analytics.ledger(clientId);
    Cached cached = cache.get(clientId);
    if (cached != null && cached.dataVersion() == ledger.version()) return cached.defaults();
    Defaults defaults = ledger.latestCompleteMonth().map(YearMonth::atEndOfMonth).map(asOf -> suggested(clientId, asOf, currency))
        .orElse(PUBLISHED.forClient(clientId));
    cache.put(clientId, new Cached(ledger.version(), defaults));
    return defaults;
  }

  private Defaults suggested(long clientId, LocalDate asOf, String currency) {
    AmountSuggestion amount = ThresholdSuggestion.of(ThresholdEvidence.of(analytics.snapshot(clientId, asOf), CpmThresholds.DEFAULTS),
        currency).amount();
    if (amount.basis() != SuggestionBasis.DATA) return PUBLISHED.forClient(clientId);
    CpmThresholds d = CpmThresholds.DEFAULTS;
    return new Defaults(CpmThresholds.byAmount(d.lapseDays(), d.tenureShortDays(), d.tenureLongDays(), amount.limit()), true);
  }
}
