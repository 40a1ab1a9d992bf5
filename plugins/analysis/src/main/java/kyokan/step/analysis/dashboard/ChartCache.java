package kyokan.step.analysis.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kyokan.core.analytics.AnalysisBasis;

/**
 * The dashboard's drawn charts, kept per (report basis, language): drawing the Pareto curve of 100,000
 * customers costs more than the rest of the page, and the same month is opened again and again in a
 * meeting. The basis holds the data version and thresholds, so an import or a threshold change draws anew.
 */
final class ChartCache {
  private static final int ENTRIES = 64;

  private record Key(AnalysisBasis basis, String language) {}

  private final Map<Key, List<DashboardPage.Chart>> charts = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, List<DashboardPage.Chart>> eldest) {
      return size() > ENTRIES;
    }
  };

  List<DashboardPage.Chart> get(AnalysisBasis basis, String language, Supplier<List<DashboardPage.Chart>> draw) {
    Key key = new Key(basis, language);
    synchronized (charts) {
      List<DashboardPage.Chart> cached = charts.get(key);
      if (cached != null) return cached;
    }
    // Drawn outside the lock: two first visitors may both draw, and the results are equal.
    List<DashboardPage.Chart> drawn = List.copyOf(draw.get());
    synchronized (charts) {
      charts.put(key, drawn);
    }
    return drawn;
  }
}
