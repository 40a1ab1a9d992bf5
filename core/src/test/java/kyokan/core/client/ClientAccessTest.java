package kyokan.core.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import kyokan.core.TestDatabase;
import kyokan.core.account.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientAccessTest {
  @TempDir Path dir;
  private TestDatabase data;
  private User yamada;
  private User suzuki;
  private Client sakura;
  private Client hinata;
  private Client tsuki;

  @BeforeEach
  void open() {
    data = TestDatabase.open(dir);
    yamada = data.consultant("yamada@example.jp");
    suzuki = data.consultant("suzuki@example.jp");
    sakura = data.client(yamada, "さくら珈琲店");
    hinata = data.client(yamada, "ひなたベーカリー");
    tsuki = data.client(suzuki, "月の茶房");
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void consultantSeesOwnClientsOnly() {
    assertTrue(ClientAccess.canSee(yamada, sakura));
    assertTrue(ClientAccess.canSee(yamada, hinata));
    assertFalse(ClientAccess.canSee(yamada, tsuki));
    assertTrue(ClientAccess.isConsultantOf(suzuki, tsuki));
    assertFalse(ClientAccess.isConsultantOf(suzuki, sakura));
  }

  @Test
  void consultantsClientListHoldsOwnClientsOnly() {
    List<String> names = data.clients().clientsOf(yamada).stream().map(Client::getName).toList();

    assertEquals(2, names.size());
    assertTrue(names.containsAll(List.of("さくら珈琲店", "ひなたベーカリー")));
  }

  @Test
  void clientUserSeesOnlyTheirOwnClient() {
    User owner = data.clientUser(sakura, "owner@sakura.example.jp");
    Client stored = data.clients().get(sakura.getId());

    assertTrue(ClientAccess.canSee(owner, stored));
    assertTrue(ClientAccess.isOwnClient(owner, stored));
    assertFalse(ClientAccess.canSee(owner, hinata));
    assertFalse(ClientAccess.canSee(owner, tsuki));
    assertFalse(ClientAccess.isConsultantOf(owner, stored));
  }

  @Test
  void consultantIsNotAClientUserOfTheirOwnClient() {
    assertFalse(ClientAccess.isOwnClient(yamada, sakura));
  }
}
