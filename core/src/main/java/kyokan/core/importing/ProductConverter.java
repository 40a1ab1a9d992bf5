package kyokan.core.importing;

import static kyokan.core.importing.TargetField.*;

import kyokan.core.sales.ProductInput;

/** Reads products: a code or a name is required; the price is optional, in minor units. */
final class ProductConverter implements RowConverter<ProductInput> {
  private final MappedColumns columns;
  private final int minorDigits;

  ProductConverter(MappedColumns columns) {
    this.columns = columns;
    this.minorDigits = columns.mapping().minorDigits();
  }

  @Override
  public ParsedRow<ProductInput> convert(TableRow row) {
    RowCells r = new RowCells(columns, row);
    String code = r.text(PRODUCT_CODE, Codes::normalize);
    String name = r.text(PRODUCT_NAME, String::strip);
    if (r.isBlank(PRODUCT_CODE) && r.isBlank(PRODUCT_NAME)) {
      r.problem(columns.index(PRODUCT_CODE) >= 0 ? PRODUCT_CODE : PRODUCT_NAME, ProblemKind.REQUIRED_MISSING,
          "商品コードか商品名のどちらかが必要です。");
    }
    Long price = r.read(UNIT_PRICE, s -> MoneyParser.toMinorUnits(
        MoneyParser.parse(s, minorDigits, ProblemKind.UNIT_PRICE_INVALID), minorDigits, ProblemKind.UNIT_PRICE_INVALID));
    return r.result(new ProductInput(code, name, price));
  }
}
