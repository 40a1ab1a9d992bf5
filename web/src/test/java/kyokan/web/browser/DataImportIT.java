package kyokan.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import kyokan.web.browser.pages.ImportPages;
import kyokan.web.browser.pages.LoginPage;
import kyokan.web.support.Fixture;
import kyokan.web.support.TestHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;

/** The shop owner imports a Shift_JIS till export with one bad row, correcting one column on the way. */
class DataImportIT {
  @TempDir Path temp;
  TestHost host;
  WebDriver driver;
  Fixture fixture;

  @BeforeEach
  void start() {
    driver = Browser.start(temp.resolve("chrome-profile"));
    host = TestHost.start(temp);
    fixture = new Fixture(host.services());
  }

  @AfterEach
  void stop() {
    if (driver != null) driver.quit();
    if (host != null) host.close();
  }

  @Test
  void ownerUploadsCorrectsAMappingSkipsABadRowAndSeesTheQualityPage() throws Exception {
    // 会員番号 is a synonym the proposer maps to the customer; 担当 is a column it must not use as the amount.
    String csv = String.join("\r\n",
        "売上日,伝票番号,会員番号,お客様名,商品名,数量,担当,税込金額",
        "2026/09/01,A-001,M001,山田 花子,ブレンド,2,佐藤,\"1,100\"",
        "2026/09/01,A-002,,,カフェラテ,1,佐藤,¥600",
        "2026/09/02,A-003,M002,鈴木 一郎,焼き菓子セット,1,田中,1200",
        "2026/13/45,A-004,M001,山田 花子,ブレンド,1,佐藤,550",
        "2026/10/03,A-005,M001,山田 花子,豆200g,1,田中,１６００",
        "2026/10/04,A-006,M002,鈴木 一郎,焼き菓子セット,-1,田中,-1200") + "\r\n";
    Path file = temp.resolve("会計明細.csv");
    Files.write(file, csv.getBytes(Charset.forName("windows-31j")));

    LoginPage.open(driver, host.baseUrl()).logIn(fixture.userX.getEmail(), Fixture.PASSWORD);
    String clientUrl = host.baseUrl() + "/clients/" + fixture.clientX.getId();
    ImportPages imports = ImportPages.open(driver, clientUrl);
    Browser.screenshot(driver, "10-import-upload");
    imports.upload(file, "SALES");
    assertTrue(imports.previewText().contains("山田 花子"), "Shift_JIS is detected and shown as Japanese");
    assertEquals("会員番号", imports.mappedColumn("customerCode"));
    imports.mapColumn("amount", "税込金額");
    Browser.screenshot(driver, "11-import-mapping");

    imports.check();
    assertEquals("DONE", imports.jobState());
    assertTrue(imports.problemList().contains("2026/13/45"), "the bad row is listed with its value");
    assertTrue(imports.importButton().contains("5"), "offers to import the 5 valid rows");
    Browser.screenshot(driver, "12-import-check");

    imports.importRows();
    assertEquals("5", imports.text("done-imported"));
    assertEquals("1", imports.text("done-skipped"));
    imports.openQuality();
    assertEquals("5", imports.text("q-lines"));
    assertEquals("2", imports.text("q-customers"));
    assertTrue(imports.text("q-returns").startsWith("1 · -¥1,200"), "the return is understood as a negative line");
    // Identified ¥1,100 + ¥1,200 + ¥1,600 − ¥1,200 = ¥2,700 of ¥3,300 in all (the ¥600 sale is anonymous).
    assertEquals("81.8%", imports.text("q-capture"));
    Browser.screenshot(driver, "13-data-quality");
  }
}
