package kyokan.core.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import kyokan.core.sales.CustomerInput;
import org.junit.jupiter.api.Test;

class DemoShopCustomersTest {
  private static final LocalDate END = LocalDate.of(2025, 5, 31);
  private final List<CustomerInput> customers = new DemoShopGenerator(DemoShopSpec.sakuraCoffee(END)).customers();

  @Test
  void customersAreNumberedFromC00001() {
    for (int i = 0; i < customers.size(); i++) {
      assertEquals(String.format("C%05d", i + 1), customers.get(i).code());
    }
  }

  @Test
  void everyoneHasAJapaneseNameWithKatakanaKana() {
    assertTrue(customers.stream().allMatch(customer -> customer.name().matches("\\S+ \\S+")
        && customer.kana().matches("[\\x{30A0}-\\x{30FF}]+ [\\x{30A0}-\\x{30FF}]+")), customers.get(0)::toString);
  }

  @Test
  void someButNotAllLeaveContactDetails() {
    assertShare(customer -> customer.phone() != null && customer.phone().matches("0[789]0-\\d{4}-\\d{4}"), 0.5, 0.7);
    assertShare(customer -> customer.email() != null && customer.email().matches("[a-z.0-9]+@example\\.(jp|ne\\.jp|com)"),
        0.35, 0.55);
    assertShare(customer -> customer.postalCode() != null && customer.postalCode().matches("\\d{3}-\\d{4}")
        && customer.address().startsWith("東京都世田谷区"), 0.25, 0.45);
    assertShare(customer -> customer.birthday() != null && customer.birthday().isBefore(END.minusYears(18)), 0.2, 0.4);
    assertShare(customer -> customer.notes() != null, 0.01, 0.1);
  }

  @Test
  void phonesAndEmailsAreUniqueSoNoOneLooksLikeADuplicate() {
    List<String> phones = customers.stream().map(CustomerInput::phone).filter(Objects::nonNull).toList();
    List<String> emails = customers.stream().map(CustomerInput::email).filter(Objects::nonNull).toList();

    assertEquals(phones.size(), new HashSet<>(phones).size());
    assertEquals(emails.size(), new HashSet<>(emails).size());
  }

  @Test
  void mostConsentToBeContactedAndAFewDoNot() {
    assertShare(customer -> Boolean.TRUE.equals(customer.contactConsent()), 0.85, 0.97);
    assertShare(customer -> Boolean.FALSE.equals(customer.contactConsent()), 0.03, 0.15);
  }

  private void assertShare(Predicate<CustomerInput> test, double low, double high) {
    double share = customers.stream().filter(test).count() / (double) customers.size();
    assertTrue(share >= low && share <= high, "share " + share);
  }
}
