package kyokan.core.importing;

/** Where a sale line's amount comes from. */
public enum AmountSource {
  /** A column holds the line's amount (金額, 小計, Net Sales). */
  AMOUNT_COLUMN,
  /** The file has only quantity and unit price; the amount is their product, rounded half-up to the minor unit. */
  QUANTITY_TIMES_PRICE
}
