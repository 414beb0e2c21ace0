package vn.motcua.deployment;

import java.util.List;

import vn.motcua.cases.ProcedurePropertiesRule;
import vn.motcua.cases.TimeAllocationRule;

/** The rule set every model is checked against, both in the tests over processes/ and at deployment. */
public final class ModelRules {

    private ModelRules() {
    }

    public static List<ModelRule> standard() {
        return List.of(
                new ExecutableProcessRule(),
                new ProcessAttributesRule(),
                new CompleteDiagramRule(),
                new HandWrittenIdsRule(),
                new CandidateGroupRule(),
                new GatewayConditionsRule(),
                new ExpressionsRule(),
                new ScriptsAndClassesRule(),
                new ProcedurePropertiesRule(),
                new TimeAllocationRule());
    }
}
