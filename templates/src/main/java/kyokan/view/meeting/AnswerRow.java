package kyokan.view.meeting;

/** A worksheet question and the client's answer, as text. */
public record AnswerRow(String question, String answer) {}
