package kyokan.core.analytics;

/**
 * The customers who made one named move between two cells in a month, e.g. "12 よちよち became コツコツ".
 *
 * @param customers in customer code order
 */
public record NamedMove(MoveKind kind, CpmCell from, CpmCell to, CustomerList customers) {
  public int count() {
    return customers.size();
  }
}
