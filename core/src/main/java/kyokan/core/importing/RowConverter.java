package kyokan.core.importing;

/** Turns the data rows of one file into values, in file order; may remember earlier rows of the same order. */
interface RowConverter<T> {
  ParsedRow<T> convert(TableRow row);
}
