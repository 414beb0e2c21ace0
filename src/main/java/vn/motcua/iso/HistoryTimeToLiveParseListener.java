package vn.motcua.iso;

import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;

import vn.motcua.cases.ProcedureProperties;

/**
 * Gives each process definition the history time to live of {@link HistoryRetention} when it is
 * deployed, in place of the one its model sets; the engine stores it with the definition.
 */
class HistoryTimeToLiveParseListener extends AbstractBpmnParseListener {

    private static final Namespace CAMUNDA = new Namespace(BpmnParser.CAMUNDA_BPMN_EXTENSIONS_NS);

    private final HistoryRetention retention;

    HistoryTimeToLiveParseListener(HistoryRetention retention) {
        this.retention = retention;
    }

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        retention.timeToLiveDays(processDefinition.getKey(), isProcedure(processElement))
                .ifPresent(processDefinition::setHistoryTimeToLive);
    }

    /** An administrative procedure names its procedure code (README: 'Procedures'). */
    private static boolean isProcedure(Element process) {
        Element extensions = process.element("extensionElements");
        if (extensions == null) {
            return false;
        }
        return extensions.elementsNS(CAMUNDA, "properties").stream()
                .flatMap(properties -> properties.elementsNS(CAMUNDA, "property").stream())
                .anyMatch(property -> ProcedureProperties.CODE.equals(property.attribute("name")));
    }
}
