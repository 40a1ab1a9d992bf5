package kyokan.core.outreach;

import java.util.Optional;

/** How the shop reaches a customer. The first three go by post and need an address. */
public enum Channel {
  POSTCARD, LETTER, NEWSLETTER, EMAIL, LINE, PHONE, IN_STORE;

  public boolean isPostal() {
    return this == POSTCARD || this == LETTER || this == NEWSLETTER;
  }

  /** Bundle key of the channel's name, e.g. {@code channel.POSTCARD} = はがきDM. */
  public String key() {
    return "channel." + name();
  }

  public static Optional<Channel> parse(String text) {
    for (Channel c : values()) if (c.name().equalsIgnoreCase(text == null ? "" : text.trim())) return Optional.of(c);
    return Optional.empty();
  }
}
