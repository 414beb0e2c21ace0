package vn.motcua.deployment;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.stereotype.Component;

/** Puts the model rules in front of the engine's deployers. */
@Component
class DeploymentRulesPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> preDeployers = configuration.getCustomPreDeployers() != null
                ? new ArrayList<>(configuration.getCustomPreDeployers()) : new ArrayList<>();
        preDeployers.add(new ValidatingDeployer(new ModelValidator(ModelRules.standard())));
        configuration.setCustomPreDeployers(preDeployers);
    }
}
