package kyokan.core.account;

/** What a person is to the workbench: the coach, or a user of one client business. */
public enum Role {
  CONSULTANT,
  CLIENT
}
