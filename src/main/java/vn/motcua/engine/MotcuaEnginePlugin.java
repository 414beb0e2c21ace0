package vn.motcua.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;
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

    private final ApplicationContext applicationContext;

    MotcuaEnginePlugin(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // Expressions resolve only the allow-listed beans. Camunda's Spring integration has already built an
        // expression manager by now, one that resolves every bean of the application context when it is
        // given no beans map (ProcessEngineFactoryBean.initializeExpressionManager): replace it.
        Map<Object, Object> beans = new AllowListedBeans(applicationContext);
        configuration.setBeans(beans);
        configuration.setExpressionManager(new SpringExpressionManager(applicationContext, beans));
        configuration.setCustomPreCommandInterceptorsTxRequired(
                withGuard(configuration.getCustomPreCommandInterceptorsTxRequired()));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(
                withGuard(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
        configuration.setGroupResourceWhitelistPattern(GROUP_ID_PATTERN);
        configuration.setUserResourceWhitelistPattern(USER_ID_PATTERN);
        // A candidate group may claim and complete its tasks, not rewrite them.
        configuration.setDefaultUserPermissionNameForTask(Permissions.TASK_WORK.getName());
        // Whoever a task is offered or assigned to reads its history too (HISTORIC_TASK, granted with the task):
        // Tasklist's history of the task, its comments and adding one (README: 'Security').
        configuration.setEnableHistoricInstancePermissions(true);
        List<SessionFactory> sessionFactories = configuration.getCustomSessionFactories() != null
                ? new ArrayList<>(configuration.getCustomSessionFactories()) : new ArrayList<>();
        sessionFactories.add(new MotcuaAuthorizationManager.Factory());
        configuration.setCustomSessionFactories(sessionFactories);
        EnginePlugins.addPostDeployer(configuration, new ModelAuthorizations());
        EnginePlugins.addParseListener(configuration, new StepPropertiesParseListener());
    }

    /** Each chain needs its own interceptor instance (it links to the next one). */
    private static List<CommandInterceptor> withGuard(List<CommandInterceptor> interceptors) {
        List<CommandInterceptor> list = interceptors != null ? new ArrayList<>(interceptors) : new ArrayList<>();
        list.add(0, new QueryExpressionGuard());
        return list;
    }
}
