package vn.motcua.deployment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the start-up deployment ({@code app.deployment}).
 *
 * @param location where the processes/ folder is read from: inside the application by default
 * @param name     the deployment name; unchanged files are compared against the latest deployment of this name
 */
@ConfigurationProperties("app.deployment")
public record DeploymentProperties(
        @DefaultValue("classpath:processes/") String location,
        @DefaultValue("motcua-processes") String name) {
}
