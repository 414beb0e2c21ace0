package vn.motcua.cockpit;

import jakarta.ws.rs.Path;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/** Serves the province plugin's script to Cockpit; its data comes from the application's own API. */
@Path("plugin/" + ProvincePlugin.ID)
public class ProvincePluginRootResource extends AbstractCockpitPluginRootResource {

    public ProvincePluginRootResource() {
        super(ProvincePlugin.ID);
    }
}
