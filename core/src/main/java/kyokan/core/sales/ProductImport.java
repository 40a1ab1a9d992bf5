package kyokan.core.sales;

import java.time.Instant;
import org.apache.ibatis.session.SqlSession;

/**
 * One product-file import inside its transaction: upsert by code (a row without a code matches an uncoded
 * product of the same name). A blank cell keeps what is stored; rows that change nothing count as already present.
 */
final class ProductImport {
  private final ProductMapper products;
  private final long clientId;
  private final long importId;
  private final Instant now;
  private int imported;
  private int unchanged;
  private int invalid;

  ProductImport(SqlSession session, long clientId, long importId, Instant now) {
    this.products = session.getMapper(ProductMapper.class);
    this.clientId = clientId;
    this.importId = importId;
    this.now = now;
  }

  void add(ProductInput in) {
    if (!ProductRules.problems(in, false).isEmpty()) {
      invalid++;
      return;
    }
    String code = Text.clean(in.code());
    Product existing = code != null
        ? products.selectByCode(clientId, code)
        : products.selectUncodedByName(clientId, Text.clean(in.name()));
    if (existing == null) {
      products.insertProduct(Product.create(clientId, in, importId, now));
      imported++;
      return;
    }
    ProductInput before = existing.toInput();
    existing.apply(in, false, now);
    if (existing.toInput().equals(before)) {
      unchanged++;
    } else {
      products.updateProduct(existing);
      imported++;
    }
  }

  int imported() { return imported; }
  int unchanged() { return unchanged; }
  int invalid() { return invalid; }
  int seen() { return imported + unchanged + invalid; }
}
