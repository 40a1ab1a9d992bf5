package kyokan.view.meeting;

import java.util.List;
import kyokan.core.step.AgendaNote;

/** The agenda notes of one unlocked step, under its numbered title. */
public record StepNotes(String step, List<AgendaNote> notes) {}
