package vn.motcua.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Attr;

import vn.motcua.engine.AllowedBeans;

/** What an expression in a model may do: what the shipped models do, and nothing that reaches further. */
class ModelExpressionsTest {

    private static final Pattern BEAN_CALL = Pattern.compile("\\b([a-zA-Z]+)\\.([a-zA-Z]+)\\(");

    /** Every expression of every model under processes/, as written in the files (entities decoded). */
    static List<String> shippedExpressions() throws Exception {
        List<String> expressions = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("processes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn") || f.toString().endsWith(".dmn"))
                    .toList()) {
                ModelXml.forEachElement(ModelXml.parse(Files.readAllBytes(file)), element -> {
                    for (Attr attribute : ModelXml.attributes(element)) {
                        if (ModelExpressions.containsExpression(attribute.getValue())) {
                            expressions.add(attribute.getValue());
                        }
                    }
                    if (ModelExpressions.containsExpression(ModelXml.ownText(element))) {
                        expressions.add(ModelXml.ownText(element).trim());
                    }
                });
            }
        }
        return expressions;
    }

    @Test
    void everyExpressionOfTheShippedModelsIsAllowed() throws Exception {
        List<String> expressions = shippedExpressions();

        assertThat(expressions).hasSizeGreaterThan(100);
        for (String expression : expressions) {
            assertThat(ModelExpressions.refusals(expression)).as(expression).isEmpty();
        }
    }

    @Test
    void theAllowListHoldsExactlyTheBeansAndMethodsTheShippedModelsCall() throws Exception {
        Map<String, Set<String>> used = new HashMap<>();
        for (String expression : shippedExpressions()) {
            Matcher call = BEAN_CALL.matcher(expression);
            while (call.find()) {
                if (!"execution".equals(call.group(1)) && !"task".equals(call.group(1))) {
                    used.computeIfAbsent(call.group(1), bean -> new TreeSet<>()).add(call.group(2));
                }
            }
        }

        assertThat(new TreeSet<>(AllowedBeans.names())).isEqualTo(new TreeSet<>(used.keySet()));
        used.forEach((bean, methods) -> assertThat(new TreeSet<>(AllowedBeans.methods(bean))).as(bean)
                .isEqualTo(methods));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "${responsibleUnit}",
            "${intakeOutcome == 'COMPLETE'}",
            "${recordCount > 0 && !approved}",
            "${execution.processBusinessKey}",
            "#{execution.processBusinessKey}",
            "${execution.getVariable('appraisalOutcome') == 'SUPPLEMENT'}",
            "${dossierDeadlines.stepDueAt(execution)}",
            "${escalations.dossierOverdue(execution)}",
            "${empty actionUnit ? 'specialist' : actionUnit}",
            "${now()}",
            "P${days}D",
            "no expression at all"})
    void whatTheModelsNeedIsAllowed(String expression) {
        assertThat(ModelExpressions.refusals(expression)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "${environment.getProperty('spring.datasource.url')}",
            "${jdbcClient.sql('select * from motcua_dossier').query().listOfRows()}",
            "${environment.propertySources}",
            "${execution.processEngineServices.identityService.createUserQuery().list()}",
            "${execution.getProcessEngine().getIdentityService()}",
            "${execution.processEngine}",
            "${task.execution.processBusinessKey}",
            "${execution.getClass()}",
            "${execution.class}",
            "${''.getClass().forName('java.lang.Runtime')}",
            "${dossierDeadlines.stepDueAt(execution).getClass()}",
            "${dossierDeadlines.class}",
            "${dossierDeadlines.jdbc}",
            "${dossierDeadlines.oneWorkingDayFromNow()}",
            "${documentControl.deploy(execution)}",
            "${execution['processEngine']}",
            "${dossierIntake.receive(execution.processEngineServices)}",
            "${someVariable.getClass()}",
            "${unknownFunction()}",
            "${'unterminated}",
            "${a} #{b}"})
    void anythingReachingFurtherIsRefused(String expression) {
        assertThat(ModelExpressions.refusals(expression)).isNotEmpty();
    }

    @Test
    void theRefusalNamesTheBeanAndTheAllowList() {
        assertThat(ModelExpressions.refusals("${jdbcClient.sql('select 1')}").get(0))
                .contains("jdbcClient", "not an allowed bean", "dossierDeadlines");
    }

    @Test
    void beansCalledNamesEveryBeanAMethodIsCalledOn() {
        assertThat(ModelExpressions.beansCalled("${a.b(x) && risks.closed(execution) ? c : documentControl.issue(d.e(f))}"))
                .contains("a", "risks", "documentControl", "d");
        assertThat(ModelExpressions.beansCalled("${records}")).containsExactly("records");
        assertThat(ModelExpressions.beansCalled("plain text")).isEmpty();
    }

    /**
     * The quality system's beans, which only the shipped models may call (AllowedBeans.shippedOnly), are called by
     * the QMS and province models alone: a procedure model, revised through document control, never needs one.
     */
    @Test
    void theQualitySystemsBeansAreCalledOnlyByTheQmsAndProvinceModels() throws Exception {
        Set<String> callers = new TreeSet<>();
        Set<String> called = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("processes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                ModelXml.forEachElement(ModelXml.parse(Files.readAllBytes(file)), element -> {
                    List<String> texts = new ArrayList<>();
                    ModelXml.attributes(element).forEach(attribute -> texts.add(attribute.getValue()));
                    texts.add(ModelXml.ownText(element));
                    texts.stream().flatMap(text -> ModelExpressions.beansCalled(text).stream())
                            .filter(AllowedBeans::shippedOnly).forEach(bean -> {
                                called.add(bean);
                                callers.add(file.getParent().getFileName().toString());
                            });
                });
            }
        }
        assertThat(callers).containsExactlyInAnyOrder("iso", "province");
        assertThat(called).as("every bean on the list is one the QMS models call").hasSize(11);
    }

    static boolean filesExist() throws IOException {
        return Files.isDirectory(Path.of("processes"));
    }
}
