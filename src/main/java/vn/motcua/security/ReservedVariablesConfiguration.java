package vn.motcua.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.motcua.engine.DossierVariables;

/** Registers the reserved-variables guard on Camunda's REST API, right after Spring Security's filters. */
@Configuration(proxyBeanMethods = false)
class ReservedVariablesConfiguration {

    /**
     * The most the guard reads into memory to look for reserved variables; bigger JSON bodies get a 413.
     * Variables that large go through the multipart {@code .../variables/{name}/data} endpoints.
     */
    static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

    @Bean
    FilterRegistrationBean<ReservedVariablesFilter> reservedVariablesFilter(ObjectMapper json) {
        FilterRegistrationBean<ReservedVariablesFilter> registration = new FilterRegistrationBean<>(
                new ReservedVariablesFilter(DossierVariables.RESERVED, json, MAX_BODY_BYTES));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        // after authentication and the permission check: an anonymous caller gets 401, not a hint
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
