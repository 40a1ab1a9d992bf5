package kyokan.step.segmentfollowup.plan;

import kyokan.core.analytics.CpmCell;
import kyokan.core.outreach.Channel;

/**
 * What the shop does for one cell: the message, the channel, the timing.
 *
 * @param saved false while the entry is the program's default, not yet saved by the shop
 */
public record PlanEntry(CpmCell cell, String message, Channel channel, String timing, boolean saved) {}
