package vn.motcua.models.shared;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import vn.motcua.cases.DossierApologies;
import vn.motcua.cases.DossierIntake;
import vn.motcua.cases.DossierMilestones;
import vn.motcua.cases.DossierRegistration;
import vn.motcua.cases.DossierSendBacks;
import vn.motcua.cases.DossierSupplements;
import vn.motcua.cases.DossierForwarding;
import vn.motcua.cases.DossierUnits;
import vn.motcua.deadlines.AgencyShares;
import vn.motcua.deadlines.DossierDeadlines;
import vn.motcua.deadlines.Escalations;
import vn.motcua.models.ModelBeans;

/**
 * The application beans a dossier's models call (the procedures and the shared intake and return blocks),
 * as Mockito mocks of the real classes, stubbed with what the models need: a distinct moment for each
 * timer (so a test can tell which one the engine scheduled), the candidate group of the apology task,
 * and, where a model reads back what the real bean writes, the same process variables. Registered as an
 * extension ({@code @RegisterExtension final DossierBeans beans = new DossierBeans();}) it takes the beans
 * away after each test.
 */
public final class DossierBeans implements AfterEachCallback {

    public static final String DOSSIER_CODE = "000.00.12.H42-261130-0001";
    public static final String AGENCY_CODE = "000.00.12.H42";
    /** What {@code dossierDeadlines.holdingUnits} answers: the apology task's candidate group. */
    public static final String HOLDING_UNITS = "unit-holding-the-dossier";
    /** What {@code dossierApologies.approvers} answers: the extension approval's candidate group. */
    public static final String APPROVERS = "agency-leaders-of-the-dossier";
    /** What {@code dossierUnits} answers for the desks: each a different group, so a test tells which desk works a step. */
    public static final String RECEIVING_DESK = "mot-cua-noi-tiep-nhan";
    public static final String DECIDING_DESK = "mot-cua-co-quan-giai-quyet";
    public static final String RETURN_DESK = "mot-cua-noi-tra-ket-qua";

    public static final Date DOSSIER_DUE = at("2026-12-10T10:00:00Z");
    public static final Date DOSSIER_WARN = at("2026-12-09T10:00:00Z");
    /** The promised moment after a supplement restarted the clock (Decree 61/2018 Art. 19(4)). */
    public static final Date DOSSIER_DUE_AFTER_SUPPLEMENT = at("2026-12-24T10:00:00Z");
    public static final Date DOSSIER_WARN_AFTER_SUPPLEMENT = at("2026-12-23T10:00:00Z");
    public static final Date SUPPLEMENT_WARN = at("2026-12-02T10:00:00Z");
    public static final Date ABANDON = at("2026-12-31T10:00:00Z");
    /** The due moment of an agency's share of an inter-agency procedure. */
    public static final Date STEP_DUE = at("2026-12-05T10:00:00Z");

    public final DossierRegistration registration;
    public final DossierIntake intake;
    public final DossierDeadlines deadlines;
    public final Escalations escalations;
    public final DossierApologies apologies;
    public final DossierSupplements supplements;
    public final DossierMilestones milestones;
    public final AgencyShares agencyShares;
    public final DossierSendBacks sendBacks;
    public final DossierUnits units;
    public final DossierForwarding forwarding;
    /** The commune that decides the dossier, as {@code dossierUnits} reads it from the record: see {@link #communeGroup}. */
    private String decidingCommune = "thach-khe";

    private final ModelBeans beans = new ModelBeans();

    public DossierBeans() {
        registration = beans.mock("dossierRegistration", DossierRegistration.class);
        intake = beans.mock("dossierIntake", DossierIntake.class);
        deadlines = beans.mock("dossierDeadlines", DossierDeadlines.class);
        escalations = beans.mock("escalations", Escalations.class);
        apologies = beans.mock("dossierApologies", DossierApologies.class);
        supplements = beans.mock("dossierSupplements", DossierSupplements.class);
        milestones = beans.mock("dossierMilestones", DossierMilestones.class);
        agencyShares = beans.mock("agencyShares", AgencyShares.class);
        sendBacks = beans.mock("dossierSendBacks", DossierSendBacks.class);
        units = beans.mock("dossierUnits", DossierUnits.class);
        doAnswer(call -> communeGroup(call.getArgument(1))).when(units).group(any(), any());
        when(units.receivingDesk(any())).thenReturn(RECEIVING_DESK);
        when(units.decidingDesk(any())).thenReturn(DECIDING_DESK);
        when(units.returnDesk(any())).thenReturn(RETURN_DESK);
        forwarding = beans.mock("dossierForwarding", DossierForwarding.class);

        // the real beans write these variables, and the models map them on to the blocks they call
        doAnswer(call -> {
            DelegateExecution execution = call.getArgument(0);
            execution.setProcessBusinessKey(DOSSIER_CODE);
            execution.setVariable("dossierCode", DOSSIER_CODE);
            execution.setVariable("agencyCode", AGENCY_CODE);
            return null;
        }).when(registration).register(any());
        doAnswer(call -> {
            ((DelegateExecution) call.getArgument(0)).setVariable("dossierDueDate", DOSSIER_DUE);
            return null;
        }).when(intake).receive(any());
        // the appraisal's outcome is cleared, so that the next round of processing decides afresh
        doAnswer(call -> {
            ((DelegateTask) call.getArgument(0)).getExecution().setVariable("appraisalOutcome", null);
            return null;
        }).when(supplements).received(any());

        when(deadlines.dossierDueAt(any())).thenReturn(DOSSIER_DUE, DOSSIER_DUE_AFTER_SUPPLEMENT);
        when(deadlines.dossierWarnAt(any())).thenReturn(DOSSIER_WARN, DOSSIER_WARN_AFTER_SUPPLEMENT);
        when(deadlines.supplementWarnAt(any())).thenReturn(SUPPLEMENT_WARN);
        when(deadlines.abandonAt(any())).thenReturn(ABANDON);
        when(deadlines.stepDueAt(any())).thenReturn(STEP_DUE);
        when(deadlines.holdingUnits(any())).thenReturn(HOLDING_UNITS);
        when(apologies.approvers(any())).thenReturn(APPROVERS);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        reset();
    }

    /** The group of a role in the commune deciding the dossier, as the mocked {@code dossierUnits.group} answers. */
    public String communeGroup(String role) {
        return decidingCommune + "-" + role;
    }

    /** From now on the dossier is decided by another commune (its record says so). */
    public void decidedBy(String commune) {
        decidingCommune = commune;
    }

    /** The next test starts without beans. */
    public void reset() {
        beans.reset();
    }

    /** An execution of this dossier: of the procedure or of a block it called, which carry its business key. */
    public static DelegateExecution ofTheDossier() {
        return argThat(execution -> DOSSIER_CODE.equals(execution.getProcessBusinessKey()));
    }

    /** The task listener's argument: the task {@code taskKey} of this dossier. */
    public static DelegateTask theTask(String taskKey) {
        return argThat(task -> taskKey.equals(task.getTaskDefinitionKey())
                && DOSSIER_CODE.equals(task.getExecution().getProcessBusinessKey()));
    }

    private static Date at(String instant) {
        return Date.from(Instant.parse(instant));
    }
}
