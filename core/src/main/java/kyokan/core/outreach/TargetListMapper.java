package kyokan.core.outreach;

import java.util.List;
import org.apache.ibatis.annotations.Param;

public interface TargetListMapper {
  void insertList(TargetListRow row);

  void insertMember(@Param("listId") long listId, @Param("customerId") long customerId, @Param("cell") String cell,
      @Param("arm") String arm);

  TargetListRow selectList(@Param("clientId") long clientId, @Param("id") long id);

  List<MemberRow> selectMembers(@Param("clientId") long clientId, @Param("listId") long listId);

  List<Long> selectTagged(@Param("clientId") long clientId, @Param("tag") String tag);

  List<String> selectTags(@Param("clientId") long clientId, @Param("customerId") long customerId);

  List<String> selectAllTags(@Param("clientId") long clientId);

  void insertTag(@Param("clientId") long clientId, @Param("customerId") long customerId, @Param("tag") String tag);

  void deleteTags(@Param("clientId") long clientId, @Param("customerId") long customerId);

  List<MembershipRow> selectMemberships(@Param("clientId") long clientId, @Param("customerId") long customerId);

  /** A target_member row. */
  class MemberRow {
    long customerId;
    String cell;
    String arm;

    public long getCustomerId() { return customerId; }
    public String getCell() { return cell; }
    public String getArm() { return arm; }
  }

  /** A customer's place in one list, with the campaign that used it (if any), for the customer's timeline. */
  class MembershipRow {
    long listId;
    String purpose;
    String cell;
    String arm;
    java.time.LocalDate asOf;
    Long campaignId;
    String campaignName;
    java.time.LocalDate sendDate;

    public long getListId() { return listId; }
    public String getPurpose() { return purpose; }
    public String getCell() { return cell; }
    public String getArm() { return arm; }
    public java.time.LocalDate getAsOf() { return asOf; }
    public Long getCampaignId() { return campaignId; }
    public String getCampaignName() { return campaignName; }
    public java.time.LocalDate getSendDate() { return sendDate; }
  }
}
