package vn.motcua.cockpit;

import jakarta.ws.rs.Path;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/** Serves the plugin's script to Cockpit; its data comes from the application's own API. */
@Path("plugin/" + OverduePlugin.ID)
public class OverduePluginRootResource extends AbstractCockpitPluginRootResource {

    public OverduePluginRootResource() {
        super(OverduePlugin.ID);
    }
}
