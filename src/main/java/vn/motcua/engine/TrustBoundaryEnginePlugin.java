package vn.motcua.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine side of who may see accounts, sign in and work tasks: Motcua's identity store
 * ({@link MotcuaIdentityProvider}) and the assignment rule ({@link TaskAssignmentRule}).
 */
@Component
class TrustBoundaryEnginePlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new GenericManagerFactory(MotcuaIdentityProvider.class));
        configuration.setResourceAuthorizationProvider(new TaskAssignmentRule());
    }
}
