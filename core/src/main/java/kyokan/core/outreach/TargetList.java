package kyokan.core.outreach;

import java.time.Instant;

/**
 * A rule frozen into its customers. {@code purpose} says which feature made it (campaign, event, …).
 */
public record TargetList(long id, long clientId, String purpose, TargetRule rule, int holdoutPercent, long seed,
    long createdBy, Instant createdAt) {}
