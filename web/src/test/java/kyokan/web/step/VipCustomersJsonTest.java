package kyokan.web.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import kyokan.core.prediction.CustomerValueService;
import kyokan.web.support.Fixture;
import kyokan.web.support.TestHost;
import kyokan.web.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step 6's customers.json on the demo shop's ledger: the service's figures as they are, the fits, the access rule. */
class VipCustomersJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path temp;

  @Test
  void everyCustomerWithTheFittedModelsAndTheStepsAccessRule() throws Exception {
    try (TestHost host = TestHost.start(temp)) {
      Fixture f = new Fixture(host.services());
      f.importDemoSales();
      String path = "/clients/" + f.clientX.getId() + "/steps/vip-treatment/customers.json";
      WebClient consultant = host.client().login(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD);
      JsonNode json = JSON.readTree(consultant.get(path).body());
      var values = host.services().core().get(CustomerValueService.class)
          .values(f.clientX.getId(), java.time.LocalDate.parse(json.get("asOf").asText()));
      assertEquals(values.customers().size(), json.get("customers").size(), "all customers, not only VIPs");
      assertEquals("FITTED", json.get("bgNbd").get("outcome").asText());
      assertEquals(values.bgNbd().parameters().r(), json.get("bgNbd").get("parameters").get("r").asDouble(), 1e-12);
      int atRisk = 0;
      for (JsonNode c : json.get("customers")) {
        if (c.get("atRisk").asBoolean()) atRisk++;
        double alive = c.get("probabilityAlive").asDouble();
        assertTrue(alive >= 0 && alive <= 1, "P(alive) " + alive);
      }
      assertEquals(values.atRisk().size(), atRisk);
      assertEquals(400, consultant.get(path + "?asOf=garbage").status());
      assertEquals(400, consultant.get(path + "?asOf=2099-12-31").status());
      WebClient owner = host.client().login("x@test.kyokan.jp", Fixture.PASSWORD);
      assertEquals(403, owner.get(path).status(), "step 6 is locked for the shop");
    }
  }
}
