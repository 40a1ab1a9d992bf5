package kyokan.core.outreach;

import kyokan.core.analytics.CpmCell;

/** A customer of a frozen list: their cell when it was frozen and their arm (or why they were left out). */
public record TargetMember(long customerId, CpmCell cell, Arm arm) {}
