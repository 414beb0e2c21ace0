package vn.motcua.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/**
 * The rules that keep a model from reaching past its own variables: each attack, in each place an
 * expression or code can sit, is refused naming the element that holds it.
 */
class EngineAccessRulesTest {

    private static final String ENVIRONMENT = "${environment.getProperty('spring.datasource.url')}";

    private static BpmnModelInstance process(String body) {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    id="Definitions_Attack" targetNamespace="http://bpmn.io/schema/bpmn">
                  <bpmn:process id="AttackProcess" isExecutable="true">%s</bpmn:process>
                </bpmn:definitions>""".formatted(body);
        return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<ModelProblem> problems(String body) {
        BpmnModelInstance model = process(body);
        List<ModelProblem> problems = new ArrayList<>(new ExpressionsRule().check(model));
        problems.addAll(new ScriptsAndClassesRule().check(model));
        return problems;
    }

    @Test
    void aServiceTaskExpressionReadingTheSettingsIsRefused() {
        assertThat(problems("<bpmn:serviceTask id=\"Task_Read\" camunda:expression=\"" + ENVIRONMENT + "\" />"))
                .extracting(ModelProblem::elementId, ModelProblem::rule)
                .containsExactly(tuple("Task_Read", "allowed-expressions"));
    }

    @Test
    void aResultVariableFromTheDatabaseIsRefused() {
        assertThat(problems("<bpmn:serviceTask id=\"Task_Read\" camunda:expression=\""
                + "${jdbcClient.sql('select * from motcua_dossier').query().listOfRows()}\" camunda:resultVariable=\"rows\" />"))
                .extracting(ModelProblem::elementId).containsExactly("Task_Read");
    }

    @Test
    void anExpressionInAListenerIsRefused() {
        assertThat(problems("""
                <bpmn:userTask id="Task_Work" camunda:candidateGroups="specialist">
                  <bpmn:extensionElements>
                    <camunda:taskListener event="create" expression="${execution.processEngineServices.identityService.createUserQuery().list()}" />
                    <camunda:executionListener event="start" expression="${task.execution.processBusinessKey}" />
                  </bpmn:extensionElements>
                </bpmn:userTask>""")).extracting(ModelProblem::elementId).containsExactly("Task_Work", "Task_Work");
    }

    @Test
    void aConditionIsRefused() {
        assertThat(problems("""
                <bpmn:startEvent id="StartEvent_Received" />
                <bpmn:endEvent id="EndEvent_Done" />
                <bpmn:sequenceFlow id="SequenceFlow_Leak" sourceRef="StartEvent_Received" targetRef="EndEvent_Done">
                  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${environment.getProperty('x') != null}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>""")).extracting(ModelProblem::elementId).containsExactly("SequenceFlow_Leak");
    }

    @Test
    void aTimerIsRefused() {
        assertThat(problems("""
                <bpmn:intermediateCatchEvent id="Event_Wait">
                  <bpmn:timerEventDefinition id="TimerEventDefinition_Wait">
                    <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${execution.getProcessEngine().getName()}</bpmn:timeDuration>
                  </bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>""")).extracting(ModelProblem::elementId)
                .containsExactly("TimerEventDefinition_Wait");
    }

    @Test
    void anInputParameterAndAFieldInjectionAreRefused() {
        assertThat(problems("""
                <bpmn:serviceTask id="Task_Send" camunda:type="external" camunda:topic="send">
                  <bpmn:extensionElements>
                    <camunda:inputOutput>
                      <camunda:inputParameter name="url">${environment.getProperty('spring.datasource.url')}</camunda:inputParameter>
                    </camunda:inputOutput>
                    <camunda:field name="body"><camunda:expression>${execution.getClass()}</camunda:expression></camunda:field>
                  </bpmn:extensionElements>
                </bpmn:serviceTask>""")).extracting(ModelProblem::elementId).containsExactly("Task_Send", "Task_Send");
    }

    @Test
    void aTaskNameIsAnExpressionToo() {
        assertThat(problems("<bpmn:userTask id=\"Task_Named\" name=\"${environment.getProperty('x')}\" />"))
                .extracting(ModelProblem::elementId).containsExactly("Task_Named");
    }

    @Test
    void documentationIsProseNotAnExpression() {
        assertThat(problems("""
                <bpmn:userTask id="Task_Named">
                  <bpmn:documentation>Writes ${environment} in prose</bpmn:documentation>
                </bpmn:userTask>""")).isEmpty();
    }

    @Test
    void scriptsAreRefusedWherever() {
        assertThat(problems("""
                <bpmn:scriptTask id="Task_Script" scriptFormat="groovy">
                  <bpmn:script>println 'hi'</bpmn:script>
                </bpmn:scriptTask>
                <bpmn:userTask id="Task_Work">
                  <bpmn:extensionElements>
                    <camunda:inputOutput>
                      <camunda:inputParameter name="x"><camunda:script scriptFormat="javascript">1</camunda:script></camunda:inputParameter>
                    </camunda:inputOutput>
                    <camunda:taskListener event="create"><camunda:script scriptFormat="groovy">x</camunda:script></camunda:taskListener>
                  </bpmn:extensionElements>
                </bpmn:userTask>
                <bpmn:startEvent id="StartEvent_Received" />
                <bpmn:sequenceFlow id="SequenceFlow_Script" sourceRef="StartEvent_Received" targetRef="Task_Work">
                  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="groovy">true</bpmn:conditionExpression>
                </bpmn:sequenceFlow>""")).extracting(ModelProblem::elementId, ModelProblem::rule)
                .contains(tuple("Task_Script", "no-scripts-or-classes"), tuple("Task_Work", "no-scripts-or-classes"),
                        tuple("SequenceFlow_Script", "no-scripts-or-classes"));
    }

    @Test
    void javaClassesShellTasksConnectorsAndForeignDelegatesAreRefused() {
        List<ModelProblem> problems = problems("""
                <bpmn:serviceTask id="Task_Class" camunda:class="java.lang.Runtime" />
                <bpmn:serviceTask id="Task_Shell" camunda:type="shell" />
                <bpmn:serviceTask id="Task_Delegate" camunda:delegateExpression="${jdbcClient}" />
                <bpmn:serviceTask id="Task_Connector">
                  <bpmn:extensionElements>
                    <camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector>
                  </bpmn:extensionElements>
                </bpmn:serviceTask>
                <bpmn:userTask id="Task_Listener">
                  <bpmn:extensionElements>
                    <camunda:executionListener event="start" class="vn.motcua.Anything" />
                  </bpmn:extensionElements>
                </bpmn:userTask>""");

        assertThat(problems).extracting(ModelProblem::elementId).containsExactlyInAnyOrder(
                "Task_Class", "Task_Shell", "Task_Delegate", "Task_Connector", "Task_Listener");
    }

    @Test
    void externalTasksAndAllowedBeansPass() {
        assertThat(problems("""
                <bpmn:serviceTask id="Task_External" camunda:type="external" camunda:topic="print" />
                <bpmn:serviceTask id="Task_Register" camunda:expression="${dossierRegistration.register(execution)}" />
                <bpmn:userTask id="Task_Work" camunda:candidateGroups="${responsibleUnit}" camunda:dueDate="${dossierDeadlines.stepDueAt(execution)}" />
                """)).isEmpty();
    }

    @Test
    void aDecisionInJuelIsRefusedAndFeelPasses() {
        String dmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_Fee" name="Fee"
                    namespace="http://camunda.org/schema/1.0/dmn">
                  <decision id="Decision_Fee" name="Fee">
                    <decisionTable id="DecisionTable_Fee">
                      <input id="Input_Kind"><inputExpression id="InputExpression_Kind" typeRef="string" expressionLanguage="%s"><text>kind</text></inputExpression></input>
                      <output id="Output_Fee" name="fee" typeRef="integer" />
                    </decisionTable>
                  </decision>
                </definitions>""";

        assertThat(DecisionRules.validate(dmn.formatted("juel").getBytes(StandardCharsets.UTF_8)))
                .extracting(ModelProblem::elementId, ModelProblem::rule)
                .containsExactly(tuple("InputExpression_Kind", "feel-only"));
        assertThat(DecisionRules.validate(dmn.formatted("feel").getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(DecisionRules.decisionKeys(dmn.formatted("feel").getBytes(StandardCharsets.UTF_8)))
                .containsExactly("Decision_Fee");
    }

    @Test
    void aDecisionWithADoctypeIsNotRead() {
        String dmn = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><definitions>&x;</definitions>";

        assertThat(DecisionRules.validate(dmn.getBytes(StandardCharsets.UTF_8)))
                .extracting(ModelProblem::rule).containsExactly("well-formed");
    }
}
