package vn.motcua.deployment;

import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import vn.motcua.engine.EnginePlugins;

/** Puts the model rules (every {@link ModelRule} bean) in front of the engine's deployers. */
@Component
class DeploymentRulesPlugin extends AbstractProcessEnginePlugin {

    private final ModelValidator validator;
    private final List<ControlledModels> controlled;
    private final ShippedModels shippedModels;

    DeploymentRulesPlugin(ModelValidator validator, List<ControlledModels> controlled, ShippedModels shippedModels) {
        this.validator = validator;
        this.controlled = controlled;
        this.shippedModels = shippedModels;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EnginePlugins.addPreDeployer(configuration, new ValidatingDeployer(validator, controlled, shippedModels::keys));
    }
}
