package kyokan.core.sales;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.session.ResultHandler;

public interface SaleLineMapper {
  /** For batch sessions: no generated key. */
  void insertLine(SaleLineRow row);

  /** Sets the row's id. */
  void insertLineReturningId(SaleLineRow row);

  /** Streams the client's source keys (order number # line number) to {@code handler}. */
  void selectSourceKeys(@Param("clientId") long clientId, ResultHandler<String> handler);

  int countOrderNo(@Param("clientId") long clientId, @Param("orderNo") String orderNo);

  int deleteByImport(@Param("clientId") long clientId, @Param("importId") long importId);

  int moveCustomer(@Param("clientId") long clientId, @Param("fromId") long fromId, @Param("toId") long toId);

  List<SaleLine> selectByIds(@Param("clientId") long clientId, @Param("ids") Collection<Long> ids);

  /** Newest first; all the client's lines when {@code customerId} is null. */
  List<SaleLine> selectPage(@Param("clientId") long clientId, @Param("customerId") Long customerId,
      @Param("offset") int offset, @Param("size") int size);

  long countPage(@Param("clientId") long clientId, @Param("customerId") Long customerId);

  /** Line count and last sale date of each of these customers that has lines. */
  List<CustomerActivity> selectActivity(@Param("clientId") long clientId, @Param("ids") Collection<Long> customerIds);
}
