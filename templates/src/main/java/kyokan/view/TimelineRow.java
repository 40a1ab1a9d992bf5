package kyokan.view;

import kyokan.core.worksheet.WorksheetStatus;

/** One step on an engagement's timeline. */
public record TimelineRow(int number, String stepId, String title, String plannedMonth, boolean unlocked,
    String changedBy, String changedAt, WorksheetStatus status, boolean current) {}
