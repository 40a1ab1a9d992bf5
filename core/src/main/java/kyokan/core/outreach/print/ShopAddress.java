package kyokan.core.outreach.print;

/** The sender printed on postcards and letters. Missing parts become empty, never null. */
public record ShopAddress(String name, String postalCode, String address, String phone) {
  public ShopAddress {
    name = name == null ? "" : name.strip();
    postalCode = postalCode == null ? "" : postalCode.strip();
    address = address == null ? "" : address.strip();
    phone = phone == null ? "" : phone.strip();
  }
}
