package kyokan.web.account;

import kyokan.core.account.AccountService;
import kyokan.core.account.SessionService;

/**
 * The first start creates the first consultant: from KYOKAN_ADMIN_EMAIL / KYOKAN_ADMIN_PASSWORD when
 * set, otherwise with a random password printed once on the console (it is stored only as a hash).
 */
public final class FirstConsultant {
  static final String DEFAULT_EMAIL = "admin@kyokan.local";

  private FirstConsultant() {}

  public static void ensure(AccountService accounts, String email, String password) {
    if (accounts.hasConsultant()) return;
    String login = email == null || email.isBlank() ? DEFAULT_EMAIL : email;
    boolean generated = password == null || password.isBlank();
    String secret = generated ? SessionService.randomToken().substring(0, 20) : password;
    accounts.createConsultant(login, "コンサルタント", secret);
    System.out.println();
    System.out.println("==============================================================");
    System.out.println(" 最初のコンサルタントアカウントを作成しました / first consultant account created");
    System.out.println("   メール / e-mail : " + login);
    if (generated) {
      System.out.println("   パスワード / password : " + secret);
      System.out.println("   (この表示は一度だけです / shown only this once)");
    } else {
      System.out.println("   パスワード / password : KYOKAN_ADMIN_PASSWORD");
    }
    System.out.println("==============================================================");
    System.out.println();
  }
}
