package kyokan.core.db;

import kyokan.core.account.LoginThrottleMapper;
import kyokan.core.account.SessionMapper;
import kyokan.core.account.UserMapper;
import kyokan.core.client.ClientMapper;
import kyokan.core.engagement.EngagementMapper;
import kyokan.core.outreach.CampaignMapper;
import kyokan.core.outreach.ContactLogMapper;
import kyokan.core.outreach.PrintSettingsMapper;
import kyokan.core.outreach.TargetListMapper;
import kyokan.core.sales.CustomerMapper;
import kyokan.core.sales.DataQualityMapper;
import kyokan.core.sales.ImportMappingMapper;
import kyokan.core.sales.LedgerVersionMapper;
import kyokan.core.sales.ProductMapper;
import kyokan.core.sales.SaleLineMapper;
import kyokan.core.sales.SalesImportMapper;
import kyokan.core.worksheet.WorksheetMapper;

final class CoreMappers {
  private CoreMappers() {}

  static void register(Database db) {
    db.addMapper(UserMapper.class);
    db.addMapper(SessionMapper.class);
    db.addMapper(LoginThrottleMapper.class);
    db.addMapper(ClientMapper.class);
    db.addMapper(EngagementMapper.class);
    db.addMapper(WorksheetMapper.class);
    db.addMapper(SalesImportMapper.class);
    db.addMapper(CustomerMapper.class);
    db.addMapper(ProductMapper.class);
    db.addMapper(SaleLineMapper.class);
    db.addMapper(LedgerVersionMapper.class);
    db.addMapper(ImportMappingMapper.class);
    db.addMapper(DataQualityMapper.class);
    db.addMapper(TargetListMapper.class);
    db.addMapper(ContactLogMapper.class);
    db.addMapper(CampaignMapper.class);
    db.addMapper(PrintSettingsMapper.class);
  }
}
