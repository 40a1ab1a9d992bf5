package kyokan.core.outreach;

/** What a logged contact was part of: a campaign, a new-customer sequence step, a VIP treatment, an event invitation, or none (logged by hand). */
public enum ContactSource {
  CAMPAIGN, SEQUENCE, TREATMENT, INVITATION, MANUAL
}
