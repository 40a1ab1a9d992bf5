package kyokan.core.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kyokan.core.TestDatabase;
import kyokan.core.ValidationException;
import kyokan.core.account.User;
import kyokan.core.client.Client;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductServiceTest {
  @TempDir Path dir;
  private TestDatabase data;
  private ProductService products;
  private long clientId;

  @BeforeEach
  void open() {
    data = TestDatabase.open(dir);
    products = data.products();
    User consultant = data.consultant("yamada@example.jp");
    Client client = data.client(consultant, "さくら珈琲店");
    clientId = client.getId();
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void aProductIsCreatedAndEdited() {
    Product blend = products.create(clientId, new ProductInput(" B-01 ", " ブレンド ", 500L));

    products.update(clientId, blend.getId(), new ProductInput("B-01", "本日のブレンド", 550L));

    Product stored = products.get(clientId, blend.getId());
    assertEquals(new ProductInput("B-01", "本日のブレンド", 550L), stored.toInput());
    assertEquals(2, data.ledgerVersion().current(clientId));
  }

  @Test
  void aProductNeedsANameAndNoNegativePrice() {
    ValidationException e = assertThrows(ValidationException.class, () -> products.create(clientId, new ProductInput("B-01", " ", -1L)));

    assertEquals(Map.of("name", "error.required", "unitPrice", "error.sales.price.negative"), e.problems());
  }

  @Test
  void aCodeIsUsedByOneProductOnly() {
    products.create(clientId, new ProductInput("B-01", "ブレンド", 500L));

    ValidationException e = assertThrows(ValidationException.class,
        () -> products.create(clientId, new ProductInput("B-01", "ケーキ", 450L)));

    assertEquals(Map.of("code", "error.sales.codeTaken"), e.problems());
  }

  @Test
  void searchMatchesNameOrCodeAndListsByName() {
    products.create(clientId, new ProductInput("B-01", "ブレンド", 500L));
    products.create(clientId, new ProductInput(null, "ケーキ", 450L));
    products.create(clientId, new ProductInput(null, "チーズケーキ", 480L));

    assertEquals(List.of("ケーキ", "チーズケーキ"), names(products.list(clientId, "ケーキ", 1, 10)));
    assertEquals(1, products.list(clientId, "b-0", 1, 10).total());
    assertEquals(3, products.list(clientId, null, 1, 10).total());
    assertEquals(List.of("ブレンド"), names(products.list(clientId, null, 2, 2)));
  }

  private static List<String> names(Page<Product> page) {
    return page.items().stream().map(Product::getName).toList();
  }
}
