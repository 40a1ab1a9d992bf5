package kyokan.step.viptreatment.treatments;

import kyokan.core.outreach.Channel;

/**
 * A perk as typed on the perk form: the id of an existing one, or null for a new one.
 *
 * @param cost the cost per treatment as typed (in the currency's major unit)
 */
public record PerkEdit(Long id, String name, Channel channel, String cost, boolean retired) {}
