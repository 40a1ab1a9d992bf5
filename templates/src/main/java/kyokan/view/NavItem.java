package kyokan.view;

/** A step in the sidebar: open, or greyed with the month it opens. */
public record NavItem(int number, String id, String title, String href, boolean locked, String plannedMonth, boolean active) {}
