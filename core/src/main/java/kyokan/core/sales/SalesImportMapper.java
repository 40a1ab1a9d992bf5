package kyokan.core.sales;

import kyokan.core.importing.ImportKind;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

public interface SalesImportMapper {
  void insertImport(SalesImport row);

  void updateCounts(SalesImport row);

  SalesImport selectById(@Param("clientId") long clientId, @Param("id") long id);

  /** The import of this file and kind that stands (not undone) and brought rows in, if any. */
  SalesImport selectStanding(@Param("clientId") long clientId, @Param("sha256") String sha256, @Param("kind") ImportKind kind);

  /** The newest import of this file and kind not undone, whatever it brought in. */
  SalesImport selectLatest(@Param("clientId") long clientId, @Param("sha256") String sha256, @Param("kind") ImportKind kind);

  List<SalesImport> selectByClient(long clientId);

  int markUndone(@Param("clientId") long clientId, @Param("id") long id, @Param("by") long by, @Param("at") Instant at);
}
