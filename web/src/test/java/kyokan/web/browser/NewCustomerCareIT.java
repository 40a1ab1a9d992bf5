package kyokan.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kyokan.web.browser.pages.LoginPage;
import kyokan.web.browser.pages.NewCustomerCarePages;
import kyokan.web.demo.DemoClient;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The demo consultant edits step 5's sequence (a new version), the shop owner opens the week's contacts, prints the
 * thank-you postcards, marks one done, and the consultant reads the F2 result with its interval.
 */
class NewCustomerCareIT extends DemoShopBrowserTest {
  @Test
  void theSequenceIsSetTheWeeksPostcardsPrintedOneMarkedDoneAndTheResultRead() throws Exception {
    LoginPage login = LoginPage.open(driver, host.baseUrl());
    login.logIn(DemoClient.CONSULTANT_EMAIL, DemoClient.CONSULTANT_PASSWORD);
    NewCustomerCarePages step5 = NewCustomerCarePages.open(driver, clientUrl);
    step5.openSequence();
    assertTrue(step5.message(1).contains("{氏名}"), step5.message(1));
    step5.setDays(2, "2");
    step5.saveSequence();
    assertTrue(step5.daysError(2).contains("上の行より大きく"), "days out of order are refused, with the reason");
    step5.setDays(2, "21");
    step5.setMessage(1, "{氏名}様\n\n先日はありがとうございました。{初回購入商品}はいかがでしたか。\n\n{店名}");
    step5.saveSequence();
    assertTrue(step5.sequenceSaved());
    Browser.screenshot(driver, "60-care-sequence");

    driver.manage().deleteAllCookies();
    LoginPage.open(driver, host.baseUrl()).logIn(DemoClient.OWNER_EMAIL, DemoClient.OWNER_PASSWORD);
    step5 = NewCustomerCarePages.open(driver, clientUrl);
    step5.openDue();
    int overdue = step5.dueCount("overdue");
    int rows = step5.rows();
    assertTrue(overdue > 0 && step5.dueCount("week") + step5.dueCount("today") > 0, "the demo leaves contacts due and overdue");
    assertEquals(rows, overdue + step5.dueCount("today") + step5.dueCount("week"));
    Browser.screenshot(driver, "61-care-due");
    try (PDDocument postcards = Loader.loadPDF(download(step5.link("print-postcards")))) {
      assertTrue(postcards.getNumberOfPages() >= 2 && postcards.getNumberOfPages() % 2 == 0, "two sides a postcard");
      PDFTextStripper text = new PDFTextStripper();
      text.setStartPage(2);
      text.setEndPage(2);
      String message = text.getText(postcards);
      assertTrue(message.contains("様") && !message.contains("{氏名}"), "merge fields filled: " + message);
    }
    String customer = step5.firstCustomer();
    step5.tickFirst();
    step5.note("手書きで一言添えた");
    step5.markDone();
    assertTrue(step5.dueFlash().contains("済み"), step5.dueFlash());
    assertEquals(rows - 1, step5.rows(), customer + " is done");
    Browser.screenshot(driver, "62-care-marked");

    driver.manage().deleteAllCookies();
    LoginPage.open(driver, host.baseUrl()).logIn(DemoClient.CONSULTANT_EMAIL, DemoClient.CONSULTANT_PASSWORD);
    step5 = NewCustomerCarePages.open(driver, clientUrl);
    step5.openResults();
    assertTrue(step5.enrolled() > 0 && step5.passedContacted90() > 0);
    assertTrue(step5.verdict90().matches("効果あり|効果は確認できず|逆効果の可能性"), step5.verdict90());
    assertTrue(step5.interval90().matches("[+-]\\d+\\.\\dpt 〜 [+-]\\d+\\.\\dpt"), step5.interval90());
    Browser.screenshot(driver, "63-care-results");
  }
}
