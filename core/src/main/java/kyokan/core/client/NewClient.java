package kyokan.core.client;

/**
 * What a consultant types to register a client business.
 *
 * @param currency ISO 4217 code of the shop's money (JPY unless the shop sells abroad); amounts are kept in its minor unit
 */
public record NewClient(String name, String businessType, String contactName, String contactEmail, String contactPhone,
    String currency) {

  public NewClient(String name, String businessType, String contactName, String contactEmail, String contactPhone) {
    this(name, businessType, contactName, contactEmail, contactPhone, "JPY");
  }
}
