package kyokan.core.outreach;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

public interface CampaignMapper {
  void insertCampaign(CampaignRow row);

  Campaign selectCampaign(@Param("clientId") long clientId, @Param("id") long id);

  List<Campaign> selectByClient(@Param("clientId") long clientId);

  int markSent(@Param("clientId") long clientId, @Param("id") long id, @Param("by") long by, @Param("at") Instant at);

  /** A campaign as inserted. */
  class CampaignRow extends Campaign {
    CampaignRow(long clientId, long listId, NewCampaign c, long by, Instant at) {
      this.clientId = clientId;
      this.targetListId = listId;
      this.name = c.name();
      this.channel = c.channel().name();
      this.sendDate = c.sendDate();
      this.costPerPiece = c.costPerPiece();
      this.offer = c.offer();
      this.windowDays = c.windowDays();
      this.message = c.message();
      this.createdBy = by;
      this.createdAt = at;
    }
  }
}
