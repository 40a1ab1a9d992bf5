package kyokan.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import kyokan.web.demo.DemoClient;
import kyokan.web.support.TestHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;

/** A browser test on the demo shop (さくら珈琲店, all seven steps open): Chromium, a host with the demo, the shop's address. */
abstract class DemoShopBrowserTest {
  @TempDir Path temp;
  TestHost host;
  WebDriver driver;
  long clientId;
  /** {@code http://localhost:PORT/clients/ID} of the demo shop. */
  String clientUrl;

  @BeforeEach
  void startDemoShop() {
    driver = Browser.start(temp.resolve("chrome-profile"));
    host = TestHost.start(temp);
    new DemoClient(host.services()).ensure();
    var consultant = host.services().accounts().findByEmail(DemoClient.CONSULTANT_EMAIL).orElseThrow();
    clientId = host.services().clients().clientsOf(consultant).stream()
        .filter(c -> c.getName().equals(DemoClient.NAME)).findFirst().orElseThrow().getId();
    clientUrl = host.baseUrl() + "/clients/" + clientId;
  }

  @AfterEach
  void stopDemoShop() {
    if (driver != null) driver.quit();
    if (host != null) host.close();
  }

  /** Fetches a PDF link with the browser's session, as the browser's own download would. */
  byte[] download(String url) throws Exception {
    String session = driver.manage().getCookieNamed("kyokan_session").getValue();
    HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
        .header("Cookie", "kyokan_session=" + session).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, r.statusCode());
    assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""));
    return r.body();
  }
}
