package vn.motcua.deployment;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import vn.motcua.engine.EnginePlugins;

/** Puts the model rules in front of the engine's deployers. */
@Component
class DeploymentRulesPlugin extends AbstractProcessEnginePlugin {

    private final ShippedModels shippedModels;

    DeploymentRulesPlugin(ShippedModels shippedModels) {
        this.shippedModels = shippedModels;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EnginePlugins.addPreDeployer(configuration,
                new ValidatingDeployer(new ModelValidator(ModelRules.standard()), shippedModels::keys));
    }
}
