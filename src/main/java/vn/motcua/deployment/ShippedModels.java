package vn.motcua.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The models under processes/, shipped with the application: what {@link ProcessesDeployer} deploys at
 * start, and the process and decision keys no REST deployment may take a new version of (ISO processes,
 * procedures and shared blocks change only through the repository or document control).
 */
@Component
class ShippedModels {

    static final List<String> EXTENSIONS = List.of("bpmn", "dmn", "form");

    private final DeploymentProperties properties;
    private volatile Set<String> keys;

    ShippedModels(DeploymentProperties properties) {
        this.properties = properties;
    }

    /** The files by resource name, their path below processes/, e.g. {@code iso/InternalAuditProcess.bpmn}. */
    Map<String, Resource> resources() throws IOException {
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

    /** The process ids and decision ids of the shipped models, read once. */
    Set<String> keys() {
        Set<String> known = keys;
        if (known == null) {
            try {
                known = Collections.unmodifiableSet(readKeys(resources()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            keys = known;
        }
        return known;
    }

    private static Set<String> readKeys(Map<String, Resource> resources) throws IOException {
        Set<String> keys = new HashSet<>();
        for (Map.Entry<String, Resource> entry : resources.entrySet()) {
            try (InputStream in = entry.getValue().getInputStream()) {
                byte[] content = in.readAllBytes();
                if (ModelValidator.isBpmn(entry.getKey())) {
                    Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(content))
                            .getModelElementsByType(Process.class).forEach(process -> keys.add(process.getId()));
                } else if (DecisionRules.isDmn(entry.getKey())) {
                    keys.addAll(DecisionRules.decisionKeys(content));
                }
            }
        }
        return keys;
    }
}
