package kyokan.core.sales;

import kyokan.core.db.Database;
import org.apache.ibatis.session.SqlSession;

/**
 * The version of a client's sales data: 0 before anything was stored, then bumped in the same
 * transaction as every import, undo, edit and merge. Analytics results are cached per version.
 */
public final class LedgerVersion {
  private final Database db;

  public LedgerVersion(Database db) {
    this.db = db;
  }

  public long current(long clientId) {
    Long v = db.read(s -> s.getMapper(LedgerVersionMapper.class).selectVersion(clientId));
    return v == null ? 0 : v;
  }

  /** Bumps the version inside the caller's transaction (flushing a batch session first, to see the count). */
  static void bump(SqlSession s, long clientId) {
    LedgerVersionMapper m = s.getMapper(LedgerVersionMapper.class);
    s.flushStatements();
    if (m.selectVersion(clientId) == null) {
      m.insertVersion(clientId);
    } else {
      m.incrementVersion(clientId);
    }
    s.flushStatements();
  }
}
