package kyokan.core.outreach.stats;

/** Response rate of the contacted ({@code p1}) and the held-out ({@code p2}) arm, their difference and its 95 % interval. */
public record RateDifference(double p1, double p2, double difference, Interval interval) {}
