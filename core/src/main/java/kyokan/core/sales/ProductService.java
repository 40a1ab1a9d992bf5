package kyokan.core.sales;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import kyokan.core.NotFoundException;
import kyokan.core.ValidationException;
import kyokan.core.db.Database;
import org.apache.ibatis.session.SqlSession;

/** A client's products, for shops that keep their list by hand: search, page, create, edit. */
public final class ProductService {
  private final Database db;
  private final Clock clock;

  public ProductService(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Products whose name or code contains {@code query} (blank: all), by name; {@code page} is 1-based. */
  public Page<Product> list(long clientId, String query, int page, int size) {
    String q = Text.clean(query);
    String pattern = q == null ? null : Text.containsPattern(q.toLowerCase(Locale.ROOT));
    return db.read(s -> {
      ProductMapper m = s.getMapper(ProductMapper.class);
      return new Page<>(m.selectPage(clientId, pattern, Page.offset(page, size), Page.clampSize(size)),
          Page.clampPage(page), Page.clampSize(size), m.countPage(clientId, pattern));
    });
  }

  public Product get(long clientId, long productId) {
    return db.read(s -> require(s, clientId, productId));
  }

  public Product create(long clientId, ProductInput input) {
    validate(input);
    return db.write(s -> {
      Product p = Product.create(clientId, input, null, clock.instant());
      checkCodeFree(s, clientId, p.getCode(), null);
      s.getMapper(ProductMapper.class).insertProduct(p);
      LedgerVersion.bump(s, clientId);
      return p;
    });
  }

  public Product update(long clientId, long productId, ProductInput input) {
    return update(clientId, productId, input, null);
  }

  /**
   * As {@link #update(long, long, ProductInput)}, only if nobody saved the product since {@code loadedVersion}
   * (its {@link Product#getUpdatedAt()} when the form was loaded; null skips the check).
   *
   * @throws EditConflictException when someone did; nothing is written
   */
  public Product update(long clientId, long productId, ProductInput input, Instant loadedVersion) {
    validate(input);
    return db.write(s -> {
      Product p = require(s, clientId, productId);
      // Claiming the row at the version the form saw also locks it until this transaction ends.
      if (loadedVersion != null && s.getMapper(ProductMapper.class).claimProduct(clientId, productId, loadedVersion) == 0) {
        throw new EditConflictException("product " + productId);
      }
      p.apply(input, true, clock.instant());
      checkCodeFree(s, clientId, p.getCode(), productId);
      s.getMapper(ProductMapper.class).updateProduct(p);
      LedgerVersion.bump(s, clientId);
      return p;
    });
  }

  private static void validate(ProductInput input) {
    Map<String, String> problems = ProductRules.problems(input, true);
    if (!problems.isEmpty()) throw new ValidationException(problems);
  }

  private static void checkCodeFree(SqlSession s, long clientId, String code, Long self) {
    if (code == null) return;
    Product holder = s.getMapper(ProductMapper.class).selectByCode(clientId, code);
    if (holder != null && (self == null || holder.getId() != self)) throw new ValidationException("code", "error.sales.codeTaken");
  }

  static Product require(SqlSession s, long clientId, long productId) {
    Product p = s.getMapper(ProductMapper.class).selectById(clientId, productId);
    if (p == null) throw new NotFoundException("product " + productId);
    return p;
  }
}
