package kyokan.core.sales;

import kyokan.core.importing.ImportKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import kyokan.core.TestDatabase;
import kyokan.core.account.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportMappingServiceTest {
  @TempDir Path dir;

  @Test
  void theLastMappingIsKeptPerClientAndKind() {
    try (TestDatabase data = TestDatabase.open(dir)) {
      User consultant = data.consultant("yamada@example.jp");
      long sakura = data.client(consultant, "さくら珈琲店").getId();
      long tsubaki = data.client(consultant, "つばき食堂").getId();
      ImportMappingService mappings = data.importMappings();

      mappings.save(sakura, ImportKind.SALES, "date=売上日;amount=金額", consultant);
      mappings.save(sakura, ImportKind.SALES, "date=日付;amount=税込金額", consultant);
      mappings.save(sakura, ImportKind.CUSTOMERS, "code=会員番号", consultant);

      assertEquals(Optional.of("date=日付;amount=税込金額"), mappings.find(sakura, ImportKind.SALES));
      assertEquals(Optional.of("code=会員番号"), mappings.find(sakura, ImportKind.CUSTOMERS));
      assertTrue(mappings.find(sakura, ImportKind.PRODUCTS).isEmpty());
      assertTrue(mappings.find(tsubaki, ImportKind.SALES).isEmpty());
    }
  }
}
