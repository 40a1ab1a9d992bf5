package kyokan.core.outreach;

/**
 * What a logged contact was part of: a campaign, a new-customer sequence step, a VIP treatment, an event invitation,
 * or none (logged by hand). Each names the table whose id a contact's {@code source_id} holds, so that moving a
 * client to another database ({@code kyokan.core.transfer}) can renumber it.
 */
public enum ContactSource {
  CAMPAIGN("campaign"), SEQUENCE("ncc_enrolment"), TREATMENT("vip_treatment"), INVITATION("community_event"), MANUAL(null);

  private final String table;

  ContactSource(String table) {
    this.table = table;
  }

  /** The table of the row the contact's source id names; null for a contact logged by hand (no source id). */
  public String table() {
    return table;
  }
}
