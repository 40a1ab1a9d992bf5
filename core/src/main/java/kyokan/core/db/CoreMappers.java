package kyokan.core.db;

import kyokan.core.account.SessionMapper;
import kyokan.core.account.UserMapper;
import kyokan.core.client.ClientMapper;
import kyokan.core.engagement.EngagementMapper;
import kyokan.core.worksheet.WorksheetMapper;

final class CoreMappers {
  private CoreMappers() {}

  static void register(Database db) {
    db.addMapper(UserMapper.class);
    db.addMapper(SessionMapper.class);
    db.addMapper(ClientMapper.class);
    db.addMapper(EngagementMapper.class);
    db.addMapper(WorksheetMapper.class);
  }
}
