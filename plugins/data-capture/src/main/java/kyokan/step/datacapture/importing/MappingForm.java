package kyokan.step.datacapture.importing;

import kyokan.core.importing.AmountSource;
import kyokan.core.importing.ColumnMapping;
import kyokan.core.importing.DateOrder;
import kyokan.core.importing.ImportKind;
import kyokan.core.importing.TargetField;
import kyokan.core.step.StepRequest;

/** The mapping as the drop-downs sent it: {@code col_<field>} = column, plus the reading options. */
final class MappingForm {
  private MappingForm() {}

  static String field(TargetField f) {
    return "col_" + f.key();
  }

  static ColumnMapping read(StepRequest req, ImportKind kind, int minorDigits) {
    ColumnMapping mapping = ColumnMapping.empty(kind, minorDigits);
    for (TargetField f : kind.fields()) {
      String column = req.form(field(f)).orElse("");
      if (!column.isBlank()) mapping = mapping.withColumn(f, column);
    }
    mapping = mapping.withDateOrder(parse(DateOrder.class, req.form("dateOrder").orElse(""), DateOrder.YMD));
    mapping = mapping.withAmountSource(parse(AmountSource.class, req.form("amountSource").orElse(""), mapping.amountSource()));
    return mapping.withCancelPrefixC(req.form("cancelPrefixC").isPresent());
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback) {
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }
}
