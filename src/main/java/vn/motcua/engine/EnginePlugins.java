package vn.motcua.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;

/** Adds the capabilities' parse listeners and deployers to the engine configuration, in plugin order. */
public final class EnginePlugins {

    private EnginePlugins() {
    }

    public static void addParseListener(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
        configuration.setCustomPreBPMNParseListeners(append(configuration.getCustomPreBPMNParseListeners(), listener));
    }

    public static void addPreDeployer(ProcessEngineConfigurationImpl configuration, Deployer deployer) {
        configuration.setCustomPreDeployers(append(configuration.getCustomPreDeployers(), deployer));
    }

    public static void addPostDeployer(ProcessEngineConfigurationImpl configuration, Deployer deployer) {
        configuration.setCustomPostDeployers(append(configuration.getCustomPostDeployers(), deployer));
    }

    private static <T> List<T> append(List<T> existing, T added) {
        List<T> list = existing != null ? new ArrayList<>(existing) : new ArrayList<>();
        list.add(added);
        return list;
    }
}
