package kyokan.core.prediction;

/**
 * One customer's purchase history as BG/NBD reads it (lifetimes calls these frequency, recency and T).
 *
 * @param repeats x: purchases after the first
 * @param lastPurchase t_x: time from the first purchase to the last, in the model's unit (weeks here); 0 when x = 0
 * @param age T: time from the first purchase to the end of the observation (the as-of date); at least t_x
 */
public record RepeatHistory(int repeats, double lastPurchase, double age) {
  public RepeatHistory {
    if (repeats < 0) throw new IllegalArgumentException("repeats must be at least 0: " + repeats);
    if (!(lastPurchase >= 0 && lastPurchase <= age) || Double.isInfinite(age)) {
      throw new IllegalArgumentException("need 0 ≤ t_x ≤ T: " + lastPurchase + ", " + age);
    }
    if (repeats == 0 && lastPurchase != 0) throw new IllegalArgumentException("t_x must be 0 without repeats: " + lastPurchase);
  }
}
