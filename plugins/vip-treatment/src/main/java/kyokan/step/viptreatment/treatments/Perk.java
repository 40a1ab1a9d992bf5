package kyokan.step.viptreatment.treatments;

import kyokan.core.outreach.Channel;

/** One of the shop's perks: what it is, how it reaches the customer, what it costs a time (a vip_perk row). */
public class Perk {
  Long id;
  long clientId;
  String name;
  String channel;
  long costMinor;
  boolean retired;
  int sortOrder;

  public Perk() {}

  Perk(long clientId, String name, Channel channel, long costMinor, int sortOrder) {
    this.clientId = clientId;
    this.name = name;
    this.channel = channel.name();
    this.costMinor = costMinor;
    this.sortOrder = sortOrder;
  }

  public Long getId() { return id; }
  public long getClientId() { return clientId; }
  public String getName() { return name; }
  public Channel getChannel() { return Channel.valueOf(channel); }
  public long getCostMinor() { return costMinor; }
  public boolean isRetired() { return retired; }
  public int getSortOrder() { return sortOrder; }
}
