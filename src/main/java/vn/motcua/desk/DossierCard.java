package vn.motcua.desk;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import vn.motcua.cases.Applicant;
import vn.motcua.cases.DossierDocuments;

/**
 * The dossier card of a task (README: 'Tasklist: the dossier card and the search'): what the officer
 * working a step needs of the dossier, as they may see it.
 *
 * @param applicantShown how much of the applicant the viewer sees: {@code FULL}, {@code MASKED} (ID number
 *                       masked) or {@code NONE} (applicant left out)
 * @param uploadKind     the kind of file this step attaches (PAPER, DRAFT, SIGNED, RESULT), or null
 * @param mayAttach      whether the viewer works this open step (its assignee, or a member of one of its
 *                       candidate groups), and so may attach its files
 * @param forms          the official forms issued for the dossier so far, numbered by its form set, with their links
 *                       (none for a viewer who does not see the applicant)
 */
public record DossierCard(String taskId, String taskName, String activityId, String processDefinitionId,
                          String procedureCode, String procedureName, String procedureVersionTag,
                          String dossierCode, String status, String statusLabel, String channel,
                          String channelLabel, OffsetDateTime receivedAt, OffsetDateTime promisedAt,
                          BigDecimal dossierWorkingHoursLeft, String applicantShown, Applicant applicant,
                          List<Paper> papers, CurrentStep step, List<Step> steps, List<String> doneActivityIds,
                          String uploadKind, boolean mayAttach, List<DossierDocuments.IssuedForm> forms) {

    public record Paper(String code, String name) {
    }

    /**
     * The step the task is: its unit, deadline and the working hours left until it (negative once it is
     * overdue), on the agency's working-day calendar.
     */
    public record CurrentStep(String unit, String unitName, OffsetDateTime startedAt, OffsetDateTime dueAt,
                              BigDecimal allocationDays, BigDecimal workingHoursLeft, boolean overdue) {
    }

    /**
     * One step of the dossier's process-control sheet: who worked it (full name), the unit, when, early /
     * on time / late, its outcome and note (the officer's opinion, or the reason of a send-back).
     */
    public record Step(String taskId, String kind, String name, String activityId, String unit, String unitName,
                       String completedBy, String completedByName, OffsetDateTime startedAt, OffsetDateTime dueAt,
                       OffsetDateTime endedAt, String timeliness, String timelinessLabel, String outcome,
                       String outcomeLabel, String note, boolean current) {
    }
}
