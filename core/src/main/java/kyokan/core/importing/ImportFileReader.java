package kyokan.core.importing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import kyokan.core.sales.CustomerInput;
import kyokan.core.sales.ProductInput;
import kyokan.core.sales.SaleLineInput;

/**
 * Reads a shop's file with a column mapping: the one entry point for the ledger and the web. Files are
 * streamed; memory does not grow with their size.
 */
public final class ImportFileReader {
  private ImportFileReader() {}

  /**
   * Opens a file of sale lines. A line dated after tomorrow is a problem row.
   *
   * @param progress told every thousand rows and at the end; may be null
   * @throws ImportMappingException when the mapping does not fit the file's header
   * @throws UnreadableFileException when the file cannot be read at all
   */
  public static ImportRows<SaleLineInput> readSales(Path file, ImportOptions options, ColumnMapping mapping,
      Consumer<ImportProgress> progress) {
    // A day's grace: a shop a time zone ahead may already sell on what is tomorrow here.
    LocalDate latest = LocalDate.now().plusDays(1);
    return open(file, options, mapping, ImportKind.SALES, columns -> new SaleLineConverter(columns, latest), progress);
  }

  /** Opens a file of customers; see {@link #readSales}. */
  public static ImportRows<CustomerInput> readCustomers(Path file, ImportOptions options, ColumnMapping mapping,
      Consumer<ImportProgress> progress) {
    return open(file, options, mapping, ImportKind.CUSTOMERS, CustomerConverter::new, progress);
  }

  /** Opens a file of products; see {@link #readSales}. */
  public static ImportRows<ProductInput> readProducts(Path file, ImportOptions options, ColumnMapping mapping,
      Consumer<ImportProgress> progress) {
    return open(file, options, mapping, ImportKind.PRODUCTS, ProductConverter::new, progress);
  }

  /**
   * Checks every row of a file, of the mapping's kind, without keeping the rows: the totals and the first
   * problems to show before anything is written.
   *
   * @throws ImportMappingException when the mapping does not fit the file's header
   * @throws UnreadableFileException when the file cannot be read at all
   */
  public static ValidationSummary validate(Path file, ImportOptions options, ColumnMapping mapping,
      Consumer<ImportProgress> progress) {
    ProblemTally tally = new ProblemTally();
    try (ImportRows<?> rows = switch (mapping.kind()) {
      case SALES -> readSales(file, options, mapping, progress);
      case CUSTOMERS -> readCustomers(file, options, mapping, progress);
      case PRODUCTS -> readProducts(file, options, mapping, progress);
    }) {
      rows.forEachRemaining(tally::add);
    }
    return tally.summary();
  }

  private static <T> ImportRows<T> open(Path file, ImportOptions options, ColumnMapping mapping, ImportKind kind,
      Function<MappedColumns, RowConverter<T>> converter, Consumer<ImportProgress> progress) {
    if (mapping.kind() != kind) throw new IllegalArgumentException("a " + mapping.kind() + " mapping cannot read " + kind);
    TableReader reader = TableReader.open(file, options);
    List<MappingProblem> problems = mapping.problems(reader.header());
    if (!problems.isEmpty()) {
      reader.close();
      throw new ImportMappingException(problems);
    }
    return new ImportRows<>(reader, converter.apply(new MappedColumns(mapping, reader.header())),
        RowShape.of(reader.header(), options), progress);
  }
}
