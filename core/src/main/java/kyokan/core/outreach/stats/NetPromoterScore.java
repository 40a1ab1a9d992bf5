package kyokan.core.outreach.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The Net Promoter Score of 0–10 answers: the share of 9–10 minus the share of 0–6, in points, with its 95 %
 * interval from the trinomial (multinomial) variance of the difference of two shares of one sample,
 * Var(NPS) = (p₉₋₁₀ + p₀₋₆ − NPS²) / n (Wald form; Rocks, "Interval estimation for the net promoter score",
 * The American Statistician 70(4), 2016, eq. 2; METHOD.md "NPS (step 7)"), clipped to −100…100.
 *
 * @param promoters answers of 9 or 10
 * @param passives answers of 7 or 8
 * @param detractors answers of 0 to 6
 */
public record NetPromoterScore(int promoters, int passives, int detractors) {
  private static final double Z = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);

  public NetPromoterScore {
    if (promoters < 0 || passives < 0 || detractors < 0) throw new IllegalArgumentException("negative count");
  }

  /** Counts the answers; each must be 0–10. */
  public static NetPromoterScore of(Iterable<Integer> scores) {
    int pro = 0, pas = 0, det = 0;
    for (int s : scores) {
      if (s < 0 || s > 10) throw new IllegalArgumentException("a recommend score is 0–10: " + s);
      if (s >= 9) pro++; else if (s >= 7) pas++; else det++;
    }
    return new NetPromoterScore(pro, pas, det);
  }

  public int responses() {
    return promoters + passives + detractors;
  }

  /** The score in points, −100…100; 0 without answers. */
  public double score() {
    int n = responses();
    return n == 0 ? 0 : 100.0 * (promoters - detractors) / n;
  }

  /** The 95 % interval in points; without answers it knows nothing (−100…100). */
  public Interval interval() {
    int n = responses();
    if (n == 0) return new Interval(-100, 100);
    double pPro = (double) promoters / n;
    double pDet = (double) detractors / n;
    double nps = pPro - pDet;
    double variance = Math.max(0, (pPro + pDet - nps * nps) / n);
    double half = Z * Math.sqrt(variance);
    return new Interval(100 * Math.max(-1, nps - half), 100 * Math.min(1, nps + half));
  }
}
