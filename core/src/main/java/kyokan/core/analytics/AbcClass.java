package kyokan.core.analytics;

/** ABC classes of a ranking by revenue; see {@link AbcRanking}. */
public enum AbcClass { A, B, C }
