package vn.motcua.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.stereotype.Component;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;

/**
 * Every expression in a model, in whichever attribute or element text it sits (service task, listener,
 * condition, timer, input parameter, field injection, task name, …), does only what
 * {@link ModelExpressions} allows: the engine evaluates them with its own power.
 */
@Component
final class ExpressionsRule implements ModelRule {

    /** Prose the engine never evaluates. */
    private static final Set<String> PROSE = Set.of("documentation", "text");

    @Override
    public String id() {
        return "allowed-expressions";
    }

    @Override
    public List<ModelProblem> check(BpmnModelInstance model) {
        List<ModelProblem> problems = new ArrayList<>();
        ModelXml.forEachElement(ModelXml.of(model), element -> {
            for (Attr attribute : ModelXml.attributes(element)) {
                check(element, "attribute " + ModelXml.name(attribute), attribute.getValue(), problems);
            }
            if (!(ModelXml.BPMN_NS.equals(element.getNamespaceURI()) && PROSE.contains(element.getLocalName()))) {
                check(element, "<" + ModelXml.name(element) + ">", ModelXml.ownText(element), problems);
            }
        });
        return problems;
    }

    private void check(Element element, String where, String value, List<ModelProblem> problems) {
        for (String refusal : ModelExpressions.refusals(value)) {
            problems.add(problem(ModelXml.elementId(element), where + ": " + refusal
                    + ". Expressions may use process variables, execution.processBusinessKey, "
                    + "execution.getVariable('…') and the methods of the allowed beans"));
        }
    }
}
