package vn.motcua.cockpit;

import java.util.Set;

import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * Adds the dashboard entry "Hồ sơ quá hạn / sắp đến hạn" to Cockpit. Its script
 * (plugin-webapp/motcua-overdue/app/plugin.js) reads {@code GET /api/reports/overdue} with the
 * manager's Cockpit session and links each dossier to its process instance in Cockpit.
 */
public class OverduePlugin extends AbstractCockpitPlugin {

    public static final String ID = "motcua-overdue";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(OverduePluginRootResource.class);
    }
}
