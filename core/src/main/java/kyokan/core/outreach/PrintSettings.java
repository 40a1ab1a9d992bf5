package kyokan.core.outreach;

/**
 * The shop's return address on mail and the label printer's calibration, remembered per client.
 *
 * @param labelOffsetXTenths right shift of every label in tenths of a millimetre (negative: left)
 * @param labelOffsetYTenths downward shift in tenths of a millimetre (negative: up)
 * @param labelStart the first free label on a part-used sheet, 1–12
 */
public record PrintSettings(String shopName, String shopPostalCode, String shopAddress, String shopPhone,
    int labelOffsetXTenths, int labelOffsetYTenths, int labelStart) {

  public static PrintSettings empty(String shopName) {
    return new PrintSettings(shopName, "", "", "", 0, 0, 1);
  }
}
