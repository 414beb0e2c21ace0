package vn.motcua.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.PostConstruct;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every {@code .bpmn}, {@code .dmn} and {@code .form} under processes/ at start, changed files
 * only: a restart with nothing changed creates no new definition version. Resources are named by their
 * path below processes/, e.g. {@code procedures/so-tu-phap/JudicialRecordProcess.bpmn}.
 */
@Component
class ProcessesDeployer {

    static final List<String> EXTENSIONS = List.of("bpmn", "dmn", "form");
    static final String SOURCE = DeploymentSources.PROCESSES;

    private static final Logger LOG = LoggerFactory.getLogger(ProcessesDeployer.class);

    private final RepositoryService repositoryService;
    private final DeploymentProperties properties;

    ProcessesDeployer(RepositoryService repositoryService, DeploymentProperties properties) {
        this.repositoryService = repositoryService;
        this.properties = properties;
    }

    @PostConstruct
    void deployChangedProcesses() throws IOException {
        Map<String, Resource> resources = findResources();
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
        DeploymentWithDefinitions deployment = builder.deployWithResult();
        var definitions = deployment.getDeployedProcessDefinitions();
        if (definitions == null || definitions.isEmpty()) {
            LOG.info("processes/: {} files, none changed since the last deployment", resources.size());
        } else {
            definitions.forEach(definition -> LOG.info("Deployed {} version {} ({})", definition.getKey(),
                    definition.getVersion(), definition.getVersionTag()));
        }
    }

    private Map<String, Resource> findResources() throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        String base = properties.location().endsWith("/") ? properties.location() : properties.location() + "/";
        Resource root = resolver.getResource(base);
        if (!root.exists()) {
            return Map.of();
        }
        String rootUrl = root.getURL().toString();
        Map<String, Resource> byName = new TreeMap<>();
        for (String extension : EXTENSIONS) {
            for (Resource resource : resolver.getResources(base + "**/*." + extension)) {
                String url = resource.getURL().toString();
                String name = url.startsWith(rootUrl) ? url.substring(rootUrl.length()) : resource.getFilename();
                byName.put(name, resource);
            }
        }
        return byName;
    }
}
