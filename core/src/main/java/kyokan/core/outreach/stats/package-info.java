/**
 * Response statistics for campaigns with a random holdout (METHOD.md, "Precise rules for steps 4–7"):
 * rates per arm, Wilson and Newcombe intervals, Fisher's exact test, the verdict, the smallest detectable
 * difference and Mantel–Haenszel pooling. Pure functions on counts: no database, no web code.
 */
package kyokan.core.outreach.stats;
