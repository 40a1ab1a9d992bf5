package kyokan.core.outreach;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import kyokan.core.analytics.CpmCell;

/**
 * The random holdout of a target list, stratified by cell and reproducible from its seed: the customers are
 * put in cell order, shuffled within each cell, and then every position where the running share
 * {@code (i+1)·p/100 + u} crosses a whole number is held out ({@code u} a random offset in hundredths). Each
 * customer is held out with probability exactly p %, the list's total is ⌊N·p/100⌋ or ⌈N·p/100⌉, and each
 * cell's count is within one of its own share. {@link Random} is specified to give the same sequence for a
 * seed on every JVM, so the draw can be repeated from the stored seed.
 */
public final class HoldoutDraw {
  private HoldoutDraw() {}

  /** A customer eligible for the draw, with their cell when the list was frozen. */
  public record Candidate(long customerId, CpmCell cell) {}

  /** The ids held out of {@code candidates} at {@code percent} (0–50) with {@code seed}. */
  public static Set<Long> heldOut(List<Candidate> candidates, int percent, long seed) {
    if (percent < 0 || percent > 50) throw new IllegalArgumentException("holdout percent outside 0–50: " + percent);
    Random random = new Random(seed);
    List<Candidate> ordered = new ArrayList<>(candidates);
    ordered.sort(Comparator.comparing(Candidate::cell).thenComparingLong(Candidate::customerId));
    int from = 0;
    while (from < ordered.size()) {
      int to = from;
      while (to < ordered.size() && ordered.get(to).cell() == ordered.get(from).cell()) to++;
      Collections.shuffle(ordered.subList(from, to), random);
      from = to;
    }
    int offset = random.nextInt(100);
    Set<Long> held = new HashSet<>();
    for (int i = 0; i < ordered.size(); i++) {
      if (((long) (i + 1) * percent + offset) / 100 > ((long) i * percent + offset) / 100) {
        held.add(ordered.get(i).customerId());
      }
    }
    return held;
  }
}
