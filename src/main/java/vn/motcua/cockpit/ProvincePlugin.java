package vn.motcua.cockpit;

import java.util.Set;

import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * Adds the dashboard entry "Các cơ quan trong tỉnh" to Cockpit for the province's roles: every agency's on-time rates,
 * overdue dossiers, QMS checks and score, as the page /province shows them. Its script
 * (plugin-webapp/motcua-province/app/plugin.js) reads {@code GET /api/province/agencies} with the Cockpit session, and
 * shows nothing to a user who may not read it.
 */
public class ProvincePlugin extends AbstractCockpitPlugin {

    public static final String ID = "motcua-province";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(ProvincePluginRootResource.class);
    }
}
