package vn.motcua.engine;

import java.util.Collection;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * READ of a process definition for groups a model names only through an expression (a commune's offices, whose
 * group depends on the commune that decides the dossier): {@link ModelAuthorizations} grants the groups written
 * in the model, this the groups the application resolves at run time, so that they see the diagram of the
 * tasks they are offered. Idempotent.
 */
@Component
public class ProcessReaders {

    private final ProcessEngine engine;

    ProcessReaders(@Lazy ProcessEngine engine) {
        this.engine = engine;
    }

    public void grantRead(Collection<String> groupIds, String processDefinitionKey) {
        Privileged.run(engine, () -> {
            Grants grants = new Grants(engine.getAuthorizationService());
            groupIds.forEach(group -> grants.grant(group, Resources.PROCESS_DEFINITION, processDefinitionKey,
                    Permissions.READ));
        });
    }
}
