package vn.motcua.web;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The size limit of request bodies on every API the application serves (its own, the engine's and the
 * webapps'), and the webapps' unpaged lists paged at the engine's query limit.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimitsConfiguration {

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(RequestSizeProperties limits) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(limits));
        registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
        // right after authentication: an anonymous caller is turned away before any of its body is read
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<WebappPagingFilter> webappPagingFilter(
            @Value("${camunda.bpm.generic-properties.properties.queryMaxResultsLimit:0}") int queryMaxResultsLimit) {
        FilterRegistrationBean<WebappPagingFilter> registration =
                new FilterRegistrationBean<>(new WebappPagingFilter(queryMaxResultsLimit));
        registration.addUrlPatterns("/camunda/api/engine/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
        return registration;
    }
}
