package kyokan.core.sales;

/** A product as read from a file or typed by hand; price in the currency's minor unit, if known. */
public record ProductInput(String code, String name, Long unitPrice) {}
