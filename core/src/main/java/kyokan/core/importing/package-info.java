/**
 * Reading a shop's export file (CSV, TSV or .xlsx) into sale lines, customers or products, with no database.
 *
 * <p>The flow the web and the ledger follow: {@link kyokan.core.importing.ImportOptions#detect} sniffs the
 * format, encoding and delimiter; {@link kyokan.core.importing.TableReader#preview} shows the first rows;
 * {@link kyokan.core.importing.MappingProposer#propose} suggests a {@link kyokan.core.importing.ColumnMapping}
 * the user corrects and the ledger stores with {@link kyokan.core.importing.ColumnMapping#encode()};
 * {@link kyokan.core.importing.ImportFileReader#validate} checks every row before anything is written; and
 * {@link kyokan.core.importing.ImportFileReader#readSales} (or customers, products) streams the values to store.
 * Files are streamed row by row, so memory does not grow with the file.
 */
package kyokan.core.importing;
