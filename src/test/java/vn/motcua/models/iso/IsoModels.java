package vn.motcua.models.iso;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processDefinition;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mockito.stubbing.Answer;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.iso.nonconformity.CorrectiveActions;
import vn.motcua.iso.documentcontrol.DocumentControl;
import vn.motcua.iso.audit.InternalAudits;
import vn.motcua.iso.legal.LegalChanges;
import vn.motcua.iso.review.ManagementReviews;
import vn.motcua.iso.nonconformity.Nonconformities;
import vn.motcua.iso.objectives.QualityObjectives;
import vn.motcua.iso.records.RecordsControl;
import vn.motcua.iso.risk.Risks;
import vn.motcua.models.ModelBeans;
import vn.motcua.province.YearlyQmsReports;

/**
 * The ISO models a test class walks, and what their tests share. Registered as a static extension,
 * {@code @RegisterExtension static IsoModels models = IsoModels.deployed(engine, "RiskProcess");}, it deploys
 * the models once for the class (each test walks its own instance, and every query is scoped to it) and
 * removes them after it. The beans the models call are Mockito mocks of the application's own classes (a
 * renamed method breaks these tests at compile time) under the names the models use: each getter registers
 * its mock for the running test, forgotten after it.
 */
final class IsoModels implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {

    /** When a corrective action's effectiveness is checked, as {@link CorrectiveActions#effectivenessCheckAt} answers. */
    static final Date EFFECTIVENESS_CHECK_DUE = moment("2027-03-01T08:00:00+07:00");
    /** Who a management review's action is for, and their unit, as {@link ManagementReviews#actionStarted} finds them. */
    static final String ACTION_OWNER = "nguyenvana";
    static final String ACTION_UNIT = "phong-ke-hoach";

    private final ModelBeans beans = new ModelBeans();
    private final ProcessEngineExtension engine;
    private final List<String> processKeys;
    private String deploymentId;

    private IsoModels(ProcessEngineExtension engine, List<String> processKeys) {
        this.engine = engine;
        this.processKeys = processKeys;
    }

    /** The models {@code processes/iso/<processKey>.bpmn}, the one tested first, then those it calls. */
    static IsoModels deployed(ProcessEngineExtension engine, String... processKeys) {
        return new IsoModels(engine, List.of(processKeys));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        DeploymentBuilder deployment = repository().createDeployment().name(context.getDisplayName());
        processKeys.forEach(key -> deployment.addClasspathResource("processes/iso/" + key + ".bpmn"));
        deploymentId = deployment.deploy().getId();
    }

    /** With the instances left open, whose listeners are not called (their mocks are gone by then). */
    @Override
    public void afterAll(ExtensionContext context) {
        repository().deleteDeployment(deploymentId, true, true, true);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        beans.reset();
    }

    private RepositoryService repository() {
        return engine.getProcessEngine().getRepositoryService();
    }

    CorrectiveActions correctiveActions() {
        CorrectiveActions actions = beans.mock("correctiveActions", CorrectiveActions.class);
        when(actions.effectivenessCheckAt(any())).thenReturn(EFFECTIVENESS_CHECK_DUE);
        return actions;
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
        ManagementReviews reviews = beans.mock("managementReviews", ManagementReviews.class);
        doAnswer(setting("actionOwner", ACTION_OWNER, "actionUnit", ACTION_UNIT)).when(reviews).actionStarted(any());
        return reviews;
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

    YearlyQmsReports yearlyQmsReports() {
        return beans.mock("yearlyQmsReports", YearlyQmsReports.class);
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
        return Date.from(OffsetDateTime.parse(offsetDateTime).toInstant());
    }

    /** The groups that may start the latest version of a process by hand (its candidate starter groups). */
    static List<String> startingGroups(String processKey) {
        return repositoryService().getIdentityLinksForProcessDefinition(processDefinition(processKey).getId()).stream()
                .map(IdentityLink::getGroupId).toList();
    }

    /**
     * Fires the timer of a start event when it falls due, and checks that the next one is then set, later;
     * returns the instance it started.
     */
    static HistoricProcessInstance fireStartTimer(String startEventId, ProcessEngineExtension engine) {
        Job timer = jobQuery().activityId(startEventId).singleResult();
        Set<String> before = instances(timer.getProcessDefinitionId()).stream().map(HistoricProcessInstance::getId).collect(toSet());
        engine.setCurrentTime(timer.getDuedate());
        execute(timer);
        assertThat(jobQuery().activityId(startEventId).singleResult().getDuedate()).as("the next timer").isAfter(timer.getDuedate());
        return instances(timer.getProcessDefinitionId()).stream().filter(started -> !before.contains(started.getId())).findFirst()
                .orElseThrow();
    }

    private static List<HistoricProcessInstance> instances(String processDefinitionId) {
        return historyService().createHistoricProcessInstanceQuery().processDefinitionId(processDefinitionId).list();
    }

    /** A moment as a clock in Vietnam shows it, in the pattern given: {@code inVietnam(start, "dd/MM HH:mm")}. */
    static String inVietnam(Date moment, String pattern) {
        return DateTimeFormatter.ofPattern(pattern).format(moment.toInstant().atZone(VietnamTime.ZONE));
    }
}
