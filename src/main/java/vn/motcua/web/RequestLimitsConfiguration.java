package vn.motcua.web;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.motcua.files.FilesProperties;

/**
 * The size limit of request bodies on every API the application serves (its own, the engine's and the
 * webapps'), Spring's multipart limits, and the webapps' unpaged lists paged at the engine's query limit.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimitsConfiguration {

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(RequestSizeProperties limits, FilesProperties files) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(limits, files.maxRequestBytes()));
        registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
        // right after authentication: an anonymous caller is turned away before any of its body is read
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    /**
     * Spring's multipart limits (in place of spring.servlet.multipart), from the same settings as the filter: the
     * largest upload any /api endpoint takes. A part is kept on disk as it arrives (threshold 0), so a file is never
     * held in memory whole; the filter refuses an announced length over the endpoint's own cap before this applies,
     * and a dossier's file is checked against app.files.max-file-size by the files module (413 in Vietnamese).
     */
    @Bean
    MultipartConfigElement multipartConfigElement(RequestSizeProperties limits, FilesProperties files) {
        long largest = Math.max(limits.maxUpload().toBytes(), files.maxRequestBytes());
        return new MultipartConfigElement("", largest, largest, 0);
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
