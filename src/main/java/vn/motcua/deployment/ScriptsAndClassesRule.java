package vn.motcua.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.stereotype.Component;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;

import vn.motcua.engine.AllowedBeans;

/**
 * No code in a model: no script task, script listener, script condition or script input/output (a
 * script runs any Java), no Java class ({@code camunda:class}: any class on the classpath), no
 * delegate but an allowed bean, no connector and no {@code camunda:type} but external tasks (the engine
 * still knows {@code shell}, which runs operating system commands).
 */
@Component
final class ScriptsAndClassesRule implements ModelRule {

    private static final Set<String> CLASS_ATTRIBUTES = Set.of("class", "variableMappingClass");
    private static final Set<String> DELEGATE_ATTRIBUTES = Set.of("delegateExpression",
            "variableMappingDelegateExpression");
    private static final Set<String> SCRIPT_ATTRIBUTES = Set.of("language", "scriptFormat");

    @Override
    public String id() {
        return "no-scripts-or-classes";
    }

    @Override
    public List<ModelProblem> check(BpmnModelInstance model) {
        List<ModelProblem> problems = new ArrayList<>();
        ModelXml.forEachElement(ModelXml.of(model), element -> check(element, problems));
        return problems;
    }

    private void check(Element element, List<ModelProblem> problems) {
        String id = ModelXml.elementId(element);
        String local = element.getLocalName();
        if (ModelXml.BPMN_NS.equals(element.getNamespaceURI()) && ("scriptTask".equals(local) || "script".equals(local))) {
            problems.add(problem(id, "script tasks are not allowed: a script runs any code with the engine's "
                    + "power; use a service task with an allowed bean's method"));
        }
        if (ModelXml.isCamunda(element) && ("script".equals(local) || "connector".equals(local))) {
            problems.add(problem(id, "<" + ModelXml.name(element) + "> is not allowed: scripts and connectors run "
                    + "code or reach other systems with the engine's power"));
        }
        for (Attr attribute : ModelXml.attributes(element)) {
            String name = attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getName();
            String value = attribute.getValue().trim();
            // listeners and other camunda: elements carry their class, delegateExpression, ... unqualified
            boolean camunda = ModelXml.isCamunda(attribute)
                    || attribute.getNamespaceURI() == null && ModelXml.isCamunda(element);
            if (SCRIPT_ATTRIBUTES.contains(name) && attribute.getNamespaceURI() == null) {
                problems.add(problem(id, "attribute " + name + "=\"" + value + "\" makes a script: scripts are not "
                        + "allowed; write the condition as an expression, e.g. ${approved}"));
            } else if (camunda && CLASS_ATTRIBUTES.contains(name)) {
                problems.add(problem(id, "attribute " + ModelXml.name(attribute) + "=\"" + value + "\": Java classes "
                        + "are not allowed in models; use an expression calling an allowed bean"));
            } else if (camunda && DELEGATE_ATTRIBUTES.contains(name) && !isAllowedBean(value)) {
                problems.add(problem(id, "attribute " + ModelXml.name(attribute) + "=\"" + value + "\": a delegate "
                        + "must be ${bean} naming an allowed bean"));
            } else if (ModelXml.isCamunda(attribute) && "type".equals(name) && !"external".equals(value)) {
                problems.add(problem(id, "attribute " + ModelXml.name(attribute) + "=\"" + value + "\": only "
                        + "external tasks (camunda:type=\"external\") are allowed"));
            } else if (camunda && "resource".equals(name)) {
                problems.add(problem(id, "attribute " + ModelXml.name(attribute) + "=\"" + value + "\": external "
                        + "script resources are not allowed"));
            }
        }
    }

    private static boolean isAllowedBean(String value) {
        return value.startsWith("${") && value.endsWith("}")
                && AllowedBeans.names().contains(value.substring(2, value.length() - 1).trim());
    }
}
