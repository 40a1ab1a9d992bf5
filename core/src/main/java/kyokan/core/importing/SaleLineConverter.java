package kyokan.core.importing;

import static kyokan.core.importing.TargetField.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import kyokan.core.sales.SaleLineInput;

/**
 * Reads sale lines. Within one order, a blank date or customer is taken from the order's previous line
 * (Shopify writes them on the first line only). Lines of an order are numbered in file order when the
 * file has no line numbers, so importing the same export again gives the same order and line keys.
 */
final class SaleLineConverter implements RowConverter<SaleLineInput> {
  private final MappedColumns columns;
  private final ColumnMapping mapping;
  private final OrderLineCounter lineCounter = new OrderLineCounter();
  private final LocalDate latest;
  private String previousOrderNo;
  private DateTimeValue previousDate;
  private String previousCustomerCode;
  private String previousCustomerName;

  /** @param latest the last date a sale may have: today plus a day, for shops in another time zone */
  SaleLineConverter(MappedColumns columns, LocalDate latest) {
    this.columns = columns;
    this.mapping = columns.mapping();
    this.latest = latest;
  }

  @Override
  public ParsedRow<SaleLineInput> convert(TableRow row) {
    RowCells r = new RowCells(columns, row);
    String orderNo = r.text(ORDER_NO, Codes::normalize);
    boolean sameOrder = orderNo != null && orderNo.equals(previousOrderNo);
    Integer lineNo = lineNo(r, orderNo);

    DateTimeValue date = r.read(DATE, s -> DateParser.parse(s, mapping.dateOrder()));
    if (r.isBlank(DATE) && sameOrder) date = previousDate;
    if (date == null && r.isBlank(DATE)) r.problem(DATE, ProblemKind.DATE_MISSING, ProblemKind.DATE_MISSING.defaultReason());
    if (date != null && date.date().isAfter(latest)) {
      r.problem(DATE, ProblemKind.DATE_IN_FUTURE, "日付が今日（" + latest.minusDays(1) + "）より後です: " + date.date()
          + " / The date " + date.date() + " is after today (" + latest.minusDays(1) + ").");
    }
    LocalTime time = r.read(TIME, DateParser::parseTime);
    if (time == null && date != null) time = date.time();

    String customerCode = r.text(CUSTOMER_CODE, Codes::normalize);
    String customerName = r.text(CUSTOMER_NAME, String::strip);
    if (sameOrder && customerCode == null && r.isBlank(CUSTOMER_CODE)) customerCode = previousCustomerCode;
    if (sameOrder && customerName == null && r.isBlank(CUSTOMER_NAME)) customerName = previousCustomerName;
    String productCode = r.text(PRODUCT_CODE, Codes::normalize);
    String productName = r.text(PRODUCT_NAME, String::strip);

    Long quantity = r.read(QUANTITY, WholeNumbers::parseQuantity);
    // Online Retail marks a cancelled invoice with a "C"; its quantity is usually negative already.
    if (quantity != null && quantity > 0 && mapping.cancelPrefixC() && orderNo != null && orderNo.startsWith("C")) quantity = -quantity;
    Long amount = mapping.amountSource() == AmountSource.QUANTITY_TIMES_PRICE ? quantityTimesPrice(r, quantity) : amountColumn(r);
    if (quantity == null && r.isBlank(QUANTITY) && mapping.amountSource() == AmountSource.AMOUNT_COLUMN) quantity = 1L;
    // A returned item must reduce revenue even where the file writes the return's amount as positive.
    if (amount != null && quantity != null && quantity < 0 && amount > 0) amount = -amount;

    remember(orderNo, date, customerCode, customerName);
    if (r.hasProblems()) return r.result(null);
    return r.result(new SaleLineInput(date.date(), time, orderNo, lineNo, customerCode, customerName, productCode,
        productName, quantity, amount));
  }

  private Integer lineNo(RowCells r, String orderNo) {
    if (!r.isBlank(LINE_NO)) {
      Long n = r.read(LINE_NO, s -> WholeNumbers.parse(s, ProblemKind.NUMBER_INVALID));
      return n == null ? null : n.intValue();
    }
    return orderNo == null ? null : lineCounter.next(orderNo);
  }

  private Long quantityTimesPrice(RowCells r, Long quantity) {
    BigDecimal price = r.read(UNIT_PRICE, s -> MoneyParser.parse(s, mapping.minorDigits(), ProblemKind.UNIT_PRICE_INVALID));
    if (r.isBlank(QUANTITY)) r.problem(QUANTITY, ProblemKind.REQUIRED_MISSING, "数量が空です。");
    if (r.isBlank(UNIT_PRICE)) r.problem(UNIT_PRICE, ProblemKind.REQUIRED_MISSING, "単価が空です。");
    if (price == null || quantity == null) return null;
    try {
      return MoneyParser.toMinorUnits(price.multiply(BigDecimal.valueOf(quantity)), mapping.minorDigits());
    } catch (InvalidValueException e) {
      r.problem(UNIT_PRICE, e.kind(), e.reason());
      return null;
    }
  }

  private Long amountColumn(RowCells r) {
    if (r.isBlank(AMOUNT)) {
      r.problem(AMOUNT, ProblemKind.AMOUNT_MISSING, ProblemKind.AMOUNT_MISSING.defaultReason());
      return null;
    }
    return r.read(AMOUNT, s -> MoneyParser.parseMinorUnits(s, mapping.minorDigits()));
  }

  private void remember(String orderNo, DateTimeValue date, String customerCode, String customerName) {
    previousOrderNo = orderNo;
    previousDate = date;
    previousCustomerCode = customerCode;
    previousCustomerName = customerName;
  }
}
