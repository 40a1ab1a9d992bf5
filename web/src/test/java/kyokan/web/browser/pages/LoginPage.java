package kyokan.web.browser.pages;

import org.openqa.selenium.WebDriver;

public final class LoginPage extends Page {
  public LoginPage(WebDriver driver) {
    super(driver);
  }

  public static LoginPage open(WebDriver driver, String baseUrl) {
    driver.get(baseUrl + "/login");
    return new LoginPage(driver);
  }

  public void logIn(String email, String password) {
    type("login-email", email);
    type("login-password", password);
    click("login-submit");
  }

  public void logOut() {
    click("logout");
  }
}
