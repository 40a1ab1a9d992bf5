package kyokan.core.client;

/** What a consultant types to register a client business. */
public record NewClient(String name, String businessType, String contactName, String contactEmail, String contactPhone) {}
