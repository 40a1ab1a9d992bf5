package kyokan.core.analytics;

/**
 * One product of a {@link Ledger}.
 *
 * @param index the product's position in the ledger (valid for that ledger only)
 * @param code null when the product has none
 */
public record ProductRef(int index, long id, String code, String name) {}
