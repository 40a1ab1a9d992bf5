package kyokan.core.outreach.stats;

/** One campaign's two arms, as a stratum of a pooled estimate. */
public record Stratum(Proportion contacted, Proportion heldOut) {}
