package kyokan.core.step;

/** One thing a step puts on the monthly meeting's agenda: what to talk about, and the page that shows it (or null). */
public record AgendaNote(String text, String link) {}
