package kyokan.view.meeting;

import java.util.List;
import java.util.Map;
import kyokan.core.meeting.Decision;
import kyokan.core.meeting.Meeting;

/**
 * The meeting page: the agenda prepared from the client's data, then what the meeting records.
 *
 * @param base the meeting's URL, forms post below it
 * @param basis the analysed month, its as-of date and the thresholds in force; blank without sales
 * @param currentMonth the analysed month, heading the figures' column; previousMonth the one before
 * @param sentence the movement read out in one sentence; blank without a month before
 * @param step the current step's number and title, blank when no step is planned for the month
 * @param stepStatusKey message key of the worksheet's status
 * @param notes what the notes box shows: the saved notes, or the reader's input after a refused save
 * @param unsavedNotes after a conflict, the reader's notes that were not saved
 * @param form the action item and decision fields after a refused add
 * @param errors field → message key
 */
public record MeetingPage(Meeting meeting, String base, String title, String subtitle, String basis,
    String currentMonth, String previousMonth, List<FigureRow> figures, String sentence, MoveTable moves, String step, String stepHref, String stepStatusKey,
    List<AnswerRow> answers, List<StepNotes> stepNotes, List<ItemRow> carried, List<ItemRow> raised, List<Decision> decisions, String notes,
    String unsavedNotes, boolean conflict, Map<String, String> form, Map<String, String> errors, String reportHref,
    String engagementHref) {

  public String field(String name) {
    return form.getOrDefault(name, "");
  }
}
