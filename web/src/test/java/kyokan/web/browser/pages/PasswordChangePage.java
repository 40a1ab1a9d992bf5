package kyokan.web.browser.pages;

import org.openqa.selenium.WebDriver;

public final class PasswordChangePage extends Page {
  public PasswordChangePage(WebDriver driver) {
    super(driver);
  }

  public boolean asksForChange() {
    return has("must-change");
  }

  public void change(String current, String next) {
    type("password-current", current);
    type("password-new", next);
    click("password-submit");
  }
}
