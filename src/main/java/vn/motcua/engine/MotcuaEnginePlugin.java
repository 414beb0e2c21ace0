package vn.motcua.engine;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Engine settings that the Spring Boot properties cannot express. Runs before the capabilities' plugins. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class MotcuaEnginePlugin extends AbstractProcessEnginePlugin {

    /** Group ids are lower-kebab role and department ids (one-stop-clerk, phong-kinh-te). */
    static final String GROUP_ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    /** User ids are letters and digits, as Vietnamese agencies name accounts (lannt, minhtv). */
    static final String USER_ID_PATTERN = "[a-zA-Z0-9]+(\\.[a-zA-Z0-9]+)*";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setGroupResourceWhitelistPattern(GROUP_ID_PATTERN);
        configuration.setUserResourceWhitelistPattern(USER_ID_PATTERN);
        // A candidate group may claim and complete its tasks, not rewrite them.
        configuration.setDefaultUserPermissionNameForTask(Permissions.TASK_WORK.getName());
        EnginePlugins.addPostDeployer(configuration, new StarterGroupAuthorizations());
        EnginePlugins.addParseListener(configuration, new StepPropertiesParseListener());
    }
}
