package vn.motcua.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The engine side of who may see accounts, sign in and work tasks: Motcua's identity store
 * ({@link MotcuaIdentityProvider}), the authorizations given as things are created
 * ({@link MotcuaAuthorizationProvider}: the assignment rule, users' own accounts), who may write
 * comments and attachments ({@link CommentsAndAttachmentsRule}), that a task ends only as its model lets it
 * ({@link UncaughtTaskEventsRule}), writing only its own answers ({@link StepAnswersRule}), resolved only by its delegate
 * ({@link TaskResolutionRule}); no text longer than the engine keeps ({@link TextLengthRule}).
 */
@Component
class TrustBoundaryEnginePlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<AgencyTenants> tenants;

    TrustBoundaryEnginePlugin(ObjectProvider<AgencyTenants> tenants) {
        this.tenants = tenants;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getIdentityProviderSessionFactory() == null) {
            // unless the province's directory provides users and groups (vn.motcua.engine.directory)
            configuration.setIdentityProviderSessionFactory(new SessionFactory() {
                @Override
                public Class<?> getSessionType() {
                    return MotcuaIdentityProvider.class;
                }

                @Override
                public Session openSession() {
                    return new MotcuaIdentityProvider(tenants::getObject);
                }
            });
        }
        configuration.setResourceAuthorizationProvider(new MotcuaAuthorizationProvider());
        List<CommandInterceptor> after = configuration.getCustomPostCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
        after.add(new CommentsAndAttachmentsRule());
        after.add(new UncaughtTaskEventsRule());
        after.add(new StepAnswersRule());
        after.add(new TaskResolutionRule());
        after.add(new TextLengthRule());
        // a BPMN error no event catches is refused, never the silent end of the execution that threw it
        configuration.setEnableExceptionsAfterUnhandledBpmnError(true);
        configuration.setCustomPostCommandInterceptorsTxRequired(after);
    }
}
