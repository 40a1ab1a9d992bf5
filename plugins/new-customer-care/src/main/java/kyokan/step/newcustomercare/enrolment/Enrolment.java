package kyokan.step.newcustomercare.enrolment;

import java.time.LocalDate;
import kyokan.core.outreach.Arm;

/**
 * A new customer as the sequence saw them: the version they started under, their first purchase and their arm
 * (contacted, held out, or left out for want of consent).
 *
 * @param late enrolled by the consultant's explicit choice, after arriving too late for the automatic enrolment
 */
public record Enrolment(long id, long customerId, long versionId, LocalDate firstPurchase, Arm arm, LocalDate enrolledOn,
    boolean late) {}
