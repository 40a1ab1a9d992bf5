package kyokan.core.sales;

import java.time.LocalDate;

/** A customer as read from a file or typed by hand. Only {@code code} or {@code name} is required. */
public record CustomerInput(String code, String name, String kana, String phone, String email, String postalCode,
    String address, LocalDate birthday, String notes, Boolean contactConsent) {}
