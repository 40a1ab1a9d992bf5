package kyokan.core.analytics;

/**
 * One customer of a {@link Ledger}, for lists on pages and exports.
 *
 * @param index the customer's position in the ledger (valid for that ledger only)
 * @param id the customer's database id
 * @param code the shop's customer code, null when the customer was created by name
 * @param name null when unknown
 */
public record CustomerRef(int index, long id, String code, String name) {}
