package kyokan.core.importing;

import static kyokan.core.importing.TargetField.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kyokan.core.sales.SaleLineInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whitespace-separated, fixed-width text as older tills and mainframe-style exports write it. */
class SpacedFileTest {
  @TempDir Path dir;

  @Test
  void runsOfSpacesAreDetectedWhenNoOtherDelimiterFitsAndEveryFieldIsRead() throws IOException {
    Path file = Fixtures.utf8(dir, "cdnow.txt", """
        customer_id      date  number_of_cds  dollar_value
         00001  19970101  1  11.77
         00002  19970112  2  89.00
            00003  19970102  5  57.45
        """);

    ImportOptions options = ImportOptions.detect(file);
    assertEquals(FileFormat.SPACED, options.format());
    TablePreview preview = TableReader.preview(file, options, 10);
    assertEquals(List.of("customer_id", "date", "number_of_cds", "dollar_value"), preview.header());
    ColumnMapping mapping = MappingProposer.propose(ImportKind.SALES, preview, 2);
    assertEquals("customer_id", mapping.columns().get(CUSTOMER_CODE));
    assertEquals("number_of_cds", mapping.columns().get(QUANTITY));
    assertEquals("dollar_value", mapping.columns().get(AMOUNT));

    List<SaleLineInput> lines = new ArrayList<>();
    try (ImportRows<SaleLineInput> rows = ImportFileReader.readSales(file, options, mapping, null)) {
      rows.forEachRemaining(r -> {
        assertTrue(r.isValid(), r.problems().toString());
        lines.add(r.value());
      });
    }
    assertEquals(3, lines.size());
    assertEquals(new SaleLineInput(LocalDate.of(1997, 1, 1), null, null, null, "00001", null, null, null, 1, 1177), lines.get(0));
    assertEquals(5745, lines.get(2).amount());
  }

  @Test
  void aCommaFileIsStillReadAsCommaSeparated() throws IOException {
    Path file = Fixtures.utf8(dir, "c.csv", "date,amount\n2024-01-05,100\n");
    assertEquals(FileFormat.CSV, ImportOptions.detect(file).format());
  }
}
