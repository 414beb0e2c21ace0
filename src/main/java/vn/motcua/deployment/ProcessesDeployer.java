package vn.motcua.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Deploys every {@code .bpmn}, {@code .dmn} and {@code .form} under processes/ at start, changed files
 * only: a restart with nothing changed creates no new definition version. Resources are named by their
 * path below processes/, e.g. {@code procedures/so-tu-phap/JudicialRecordProcess.bpmn}.
 */
@Component
class ProcessesDeployer {

    static final String SOURCE = DeploymentSources.PROCESSES;

    private static final Logger LOG = LoggerFactory.getLogger(ProcessesDeployer.class);

    private final RepositoryService repositoryService;
    private final DeploymentProperties properties;
    private final ShippedModels shippedModels;

    ProcessesDeployer(RepositoryService repositoryService, DeploymentProperties properties, ShippedModels shippedModels) {
        this.repositoryService = repositoryService;
        this.properties = properties;
        this.shippedModels = shippedModels;
    }

    @PostConstruct
    void deployChangedProcesses() throws IOException {
        Map<String, Resource> resources = shippedModels.resources();
        if (resources.isEmpty()) {
            LOG.warn("Nothing to deploy under {}", properties.location());
            return;
        }
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(properties.name())
                .source(SOURCE)
                .enableDuplicateFiltering(true);
        for (Map.Entry<String, Resource> entry : resources.entrySet()) {
            try (InputStream in = entry.getValue().getInputStream()) {
                builder.addInputStream(entry.getKey(), in);
            }
        }
        DeploymentWithDefinitions deployment = TrustedDeployment.as(SOURCE, builder::deployWithResult);
        var definitions = deployment.getDeployedProcessDefinitions();
        if (definitions == null || definitions.isEmpty()) {
            LOG.info("processes/: {} files, none changed since the last deployment", resources.size());
        } else {
            definitions.forEach(definition -> LOG.info("Deployed {} version {} ({})", definition.getKey(),
                    definition.getVersion(), definition.getVersionTag()));
        }
    }
}
