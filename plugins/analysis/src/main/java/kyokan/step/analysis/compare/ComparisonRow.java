package kyokan.step.analysis.compare;

/**
 * One of the ten questions: what the owner answered from memory beside what the data says.
 *
 * @param answer the owner's answer as written, or "" when they left it open
 * @param data the data's answer, formatted; "" for the questions only the owner can answer (Q9, Q10)
 * @param gap data minus answer where both are numbers ("+6.5 pt", "−12"), else ""
 */
public record ComparisonRow(String question, String answer, String data, String gap, String definitionKey) {
  public boolean answered() {
    return !answer.isBlank();
  }
}
