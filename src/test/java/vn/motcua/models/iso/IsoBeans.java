package vn.motcua.models.iso;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.argThat;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.mockito.Answers;
import org.mockito.Mockito;
import org.mockito.stubbing.Answer;

import vn.motcua.deadlines.DossierDeadlines;
import vn.motcua.iso.CorrectiveActions;
import vn.motcua.iso.DocumentControl;
import vn.motcua.iso.InternalAudits;
import vn.motcua.iso.LegalChanges;
import vn.motcua.iso.ManagementReviews;
import vn.motcua.iso.Nonconformities;
import vn.motcua.iso.QualityObjectives;
import vn.motcua.iso.RecordsControl;
import vn.motcua.iso.Risks;
import vn.motcua.models.ModelBeans;

/**
 * The beans the ISO models call, as Mockito mocks of the application's own classes (a renamed method
 * breaks these tests at compile time) under the names the models use, and the stubbing and matching the
 * ISO process tests share. Each getter registers its mock for the running test; {@link #reset()} after it.
 */
final class IsoBeans {

    private final ModelBeans beans = new ModelBeans();

    IsoBeans() {
        // The models' per-task due-soon/overdue timers (being removed by issue 12) ask for a moment when a
        // task starts; answer one that never comes, so that they stay out of the story these tests tell.
        Date never = Date.from(Instant.parse("2100-01-01T00:00:00Z"));
        beans.register("dossierDeadlines", Mockito.mock(DossierDeadlines.class,
                call -> call.getMethod().getReturnType() == Date.class ? never : Answers.RETURNS_DEFAULTS.answer(call)));
    }

    CorrectiveActions correctiveActions() {
        return beans.mock("correctiveActions", CorrectiveActions.class);
    }

    DocumentControl documentControl() {
        return beans.mock("documentControl", DocumentControl.class);
    }

    InternalAudits internalAudits() {
        return beans.mock("internalAudits", InternalAudits.class);
    }

    LegalChanges legalChanges() {
        return beans.mock("legalChanges", LegalChanges.class);
    }

    ManagementReviews managementReviews() {
        return beans.mock("managementReviews", ManagementReviews.class);
    }

    Nonconformities nonconformities() {
        return beans.mock("nonconformities", Nonconformities.class);
    }

    QualityObjectives qualityObjectives() {
        return beans.mock("qualityObjectives", QualityObjectives.class);
    }

    RecordsControl records() {
        return beans.mock("records", RecordsControl.class);
    }

    Risks risks() {
        return beans.mock("risks", Risks.class);
    }

    /** Call from {@code @AfterEach}. */
    void reset() {
        beans.reset();
    }

    /**
     * What a listener of the application does that the model goes on from: sets process variables (names
     * and values in turn), on the execution it is given or the execution of the task it is given.
     * {@code doAnswer(setting("recordCount", 3L)).when(records).collect(any())}
     */
    static Answer<Void> setting(String name, Object value, Object... moreNamesAndValues) {
        return call -> {
            Object argument = call.getArgument(0);
            DelegateExecution execution = argument instanceof DelegateTask task ? task.getExecution() : (DelegateExecution) argument;
            execution.setVariables(withVariables(name, value, moreNamesAndValues));
            return null;
        };
    }

    /** A listener's or service task's execution: one of this instance. */
    static DelegateExecution in(ProcessInstance instance) {
        return argThat(execution -> execution != null && instance.getId().equals(execution.getProcessInstanceId()));
    }

    /** A task listener's task: the step {@code taskDefinitionKey} of this instance. */
    static DelegateTask step(String taskDefinitionKey, ProcessInstance instance) {
        return argThat(task -> task != null && taskDefinitionKey.equals(task.getTaskDefinitionKey())
                && instance.getId().equals(task.getProcessInstanceId()));
    }

    /** A moment for a timer the application computes: {@code 2027-03-01T08:00:00+07:00}. */
    static Date moment(String offsetDateTime) {
        return Date.from(java.time.OffsetDateTime.parse(offsetDateTime).toInstant());
    }
}
