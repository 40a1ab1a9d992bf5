package kyokan.core.sales;

import static kyokan.core.sales.Ledger.QUIET;
import static kyokan.core.sales.Ledger.customer;
import static kyokan.core.sales.Ledger.line;
import static kyokan.core.sales.Ledger.lines;
import static kyokan.core.sales.Ledger.sales;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kyokan.core.TestDatabase;
import kyokan.core.ValidationException;
import kyokan.core.account.User;
import kyokan.core.client.Client;
import kyokan.core.sales.DuplicateGroup.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerMergeServiceTest {
  @TempDir Path dir;
  private TestDatabase data;
  private CustomerMergeService merges;
  private User owner;
  private long clientId;

  @BeforeEach
  void open() {
    data = TestDatabase.open(dir);
    merges = data.customerMerges();
    User consultant = data.consultant("yamada@example.jp");
    Client client = data.client(consultant, "さくら珈琲店");
    owner = data.clientUser(client, "owner@sakura.example.jp");
    clientId = client.getId();
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void customersSharingAPhoneOrANameAndEmailAreGrouped() {
    Customer a = create("C1", "山田 太郎", "090-1234-5678", null);
    Customer b = create("C2", "ヤマダ", "０９０１２３４５６７８", null);
    Customer c = create(null, "佐藤　花子", null, "Hanako@Example.jp");
    Customer d = create(null, "佐藤花子", "03-1111-2222", "hanako@example.jp");
    create(null, "佐藤花子", null, "other@example.jp");
    create(null, "鈴木 一郎", "+81 3-1111-2222", null);
    create(null, "無関係", "090-0000-0000", null);

    List<DuplicateGroup> groups = merges.duplicates(clientId);

    assertEquals(2, groups.size());
    assertEquals(List.of(a.getId(), b.getId()), ids(groups.get(0)));
    assertEquals(Set.of(Reason.SAME_PHONE), groups.get(0).reasons());
    // 佐藤 by name and e-mail, and 鈴木 through 佐藤's phone (+81 is Japan's 0): one group of three.
    assertEquals(3, groups.get(1).customers().size());
    assertEquals(List.of(c.getId(), d.getId()), ids(groups.get(1)).subList(0, 2));
    assertEquals(Set.of(Reason.SAME_PHONE, Reason.SAME_NAME_AND_EMAIL), groups.get(1).reasons());
  }

  @Test
  void groupsShowWhatEachCustomerBought() {
    create("C1", "山田 太郎", "090-1234-5678", null);
    create("C2", "山田 太郎", "090-1234-5678", null);
    data.salesImports().importSales(clientId, sales("april.csv", 'a'), lines(
        line("2026-04-01", "A1", 1, "C1", null, 1, 500), line("2026-04-03", "A2", 1, "C1", null, 1, 700)), 0, owner, QUIET);

    List<DuplicateGroup.Member> members = merges.duplicates(clientId).get(0).customers();

    assertEquals(2, members.get(0).activity().getLines());
    assertEquals(1200, members.get(0).activity().getAmount());
    assertEquals(LocalDate.of(2026, 4, 3), members.get(0).activity().getLastSale());
    assertEquals(0, members.get(1).activity().getLines());
  }

  @Test
  void mergingMovesTheSalesAndTakesTheMergedCustomerOutOfTheLists() {
    Customer kept = create("C1", "山田 太郎", "090-1234-5678", null);
    Customer merged = create("C2", "山田 太郎", "090-1234-5678", null);
    data.salesImports().importSales(clientId, sales("april.csv", 'a'), lines(
        line("2026-04-01", "A1", 1, "C1", null, 1, 500), line("2026-04-02", "A2", 1, "C2", null, 1, 300),
        line("2026-04-02", "A2", 2, "C2", null, 1, 200)), 0, owner, QUIET);
    long version = data.ledgerVersion().current(clientId);

    int moved = merges.merge(clientId, kept.getId(), merged.getId(), owner);

    assertEquals(2, moved);
    assertEquals(3, data.customers().salesOf(clientId, kept.getId(), 1, 10).total());
    assertEquals(List.of(kept.getId()), data.customers().list(clientId, null, 1, 10).items().stream().map(Customer::getId).toList());
    assertEquals(kept.getId(), data.customers().get(clientId, merged.getId()).getMergedInto());
    assertTrue(merges.duplicates(clientId).isEmpty());
    assertEquals(version + 1, data.ledgerVersion().current(clientId));
  }

  @Test
  void laterSalesOfTheMergedCustomersCodeGoToTheKeptOne() {
    Customer kept = create("C1", "山田 太郎", null, null);
    Customer merged = create("C2", "山田 太郎", null, null);
    merges.merge(clientId, kept.getId(), merged.getId(), owner);

    data.salesImports().importSales(clientId, sales("may.csv", 'b'), lines(line("2026-05-01", "B1", 1, "C2", null, 1, 900)), 0, owner, QUIET);

    assertEquals(1, data.customers().salesOf(clientId, kept.getId(), 1, 10).total());
    assertEquals(0, data.customers().salesOf(clientId, merged.getId(), 1, 10).total());
  }

  @Test
  void aChainOfMergesEndsAtTheLastKeptCustomer() {
    Customer first = create("C1", "山田 太郎", null, null);
    Customer second = create("C2", "山田 太郎", null, null);
    Customer third = create("C3", "山田 太郎", null, null);
    merges.merge(clientId, second.getId(), first.getId(), owner);

    merges.merge(clientId, third.getId(), second.getId(), owner);

    assertEquals(third.getId(), data.customers().get(clientId, first.getId()).getMergedInto());
    assertEquals(third.getId(), data.customers().get(clientId, second.getId()).getMergedInto());
  }

  @Test
  void aCustomerIsNotMergedIntoItselfNorTwice() {
    Customer kept = create("C1", "山田 太郎", null, null);
    Customer merged = create("C2", "山田 太郎", null, null);

    assertEquals(Map.of("mergedId", "error.sales.merge.same"),
        assertThrows(ValidationException.class, () -> merges.merge(clientId, kept.getId(), kept.getId(), owner)).problems());
    merges.merge(clientId, kept.getId(), merged.getId(), owner);
    assertEquals(Map.of("mergedId", "error.sales.customer.merged"),
        assertThrows(ValidationException.class, () -> merges.merge(clientId, kept.getId(), merged.getId(), owner)).problems());
    assertEquals(Map.of("keptId", "error.sales.customer.merged"),
        assertThrows(ValidationException.class, () -> merges.merge(clientId, merged.getId(), kept.getId(), owner)).problems());
  }

  @Test
  void undoingAnImportKeepsCustomersThatTookPartInAMerge() {
    Customer kept = create("C1", "山田 太郎", null, null);
    SalesImport april = data.salesImports().importSales(clientId, sales("april.csv", 'a'),
        lines(line("2026-04-01", "A1", 1, "C9", null, 1, 500)), 0, owner, QUIET);
    long created = data.customers().list(clientId, "C9", 1, 10).items().get(0).getId();
    merges.merge(clientId, kept.getId(), created, owner);

    data.salesImports().undo(clientId, april.getId(), owner);

    assertEquals(kept.getId(), data.customers().get(clientId, created).getMergedInto());
    assertEquals(0, data.customers().salesOf(clientId, kept.getId(), 1, 10).total());
  }

  private Customer create(String code, String name, String phone, String email) {
    return data.customers().create(clientId, customer(code, name, phone, email));
  }

  private static List<Long> ids(DuplicateGroup group) {
    return group.customers().stream().map(m -> m.customer().getId()).toList();
  }
}
