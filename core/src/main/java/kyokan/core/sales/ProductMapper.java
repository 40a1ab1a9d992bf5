package kyokan.core.sales;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

public interface ProductMapper {
  /** Touches the product only if it is still at {@code version}: 1 when it was, 0 when someone saved it since. */
  int claimProduct(@Param("clientId") long clientId, @Param("id") long id, @Param("version") Instant version);

  void insertProduct(Product product);

  void updateProduct(Product product);

  Product selectById(@Param("clientId") long clientId, @Param("id") long id);

  Product selectByCode(@Param("clientId") long clientId, @Param("code") String code);

  /** The oldest product of this name that has no code. */
  Product selectUncodedByName(@Param("clientId") long clientId, @Param("name") String name);

  /** For batch sessions, where inserts return no key: the newest product with this code, or this name. */
  Long selectNewestId(@Param("clientId") long clientId, @Param("code") String code, @Param("name") String name);

  List<KeyedId> selectCodes(long clientId);

  /** Each product name with the oldest product carrying it. */
  List<KeyedId> selectNames(long clientId);

  List<Product> selectPage(@Param("clientId") long clientId, @Param("pattern") String pattern,
      @Param("offset") int offset, @Param("size") int size);

  long countPage(@Param("clientId") long clientId, @Param("pattern") String pattern);

  int deleteUnusedCreatedBy(@Param("clientId") long clientId, @Param("importId") long importId);
}
