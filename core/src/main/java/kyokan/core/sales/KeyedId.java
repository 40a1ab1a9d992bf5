package kyokan.core.sales;

/** A code or name with the id it leads to, for the import's lookup tables. Public only because the mapper proxy must see it. */
public final class KeyedId {
  private String lookupKey;
  private long id;

  String getLookupKey() { return lookupKey; }
  long getId() { return id; }
}
