package kyokan.core.importing;

/**
 * The order of day, month and year in dates such as {@code 1/5/2024}. Dates that start with a four-digit
 * year ({@code 2024/1/5}, {@code 2024年1月5日}) or name the month ({@code 5-Jan-2024}) read the same in any order.
 */
public enum DateOrder {
  /** Year first, the Japanese way; a date such as 1/5/2024 is only read when one part is over 12. */
  YMD,
  /** Month first, the American way: 1/5/2024 is January 5. */
  MDY,
  /** Day first, the European way: 1/5/2024 is May 1. */
  DMY
}
