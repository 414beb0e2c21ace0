package vn.motcua.security;

import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import org.camunda.bpm.engine.authorization.Groups;

/**
 * Every path of Camunda's REST API and of the application's API requires an engine user (HTTP Basic,
 * stateless, sent pre-emptively: no challenge). The webapps under /camunda keep their own session login
 * and CSRF protection. Around them: sign-in throttled per client and user, cross-site writes refused,
 * and the Camunda endpoints Motcua closes ({@link ClosedEndpointsFilter}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String ADMIN_AUTHORITY = EngineUser.GROUP_AUTHORITY_PREFIX + Groups.CAMUNDA_ADMIN;

    @Bean
    LoginThrottle loginThrottle(SecuritySettings settings) {
        // real time, not the engine's clock, which the demo profile lets an administrator move
        return new LoginThrottle(settings.login(), Clock.systemUTC());
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, IdentityService identityService, ObjectMapper json,
                                            ProcessEngine engine, SecuritySettings settings,
                                            LoginThrottle loginThrottle) throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/camunda/**", "/", "/error", "/favicon.ico").permitAll()
                        // the citizen's lookup by dossier code: no login, no personal data, rate-limited
                        .requestMatchers(HttpMethod.GET, "/api/public/**", "/tra-cuu.html").permitAll()
                        // and their opinion of it, once per dossier, under the same rate limit
                        .requestMatchers(HttpMethod.POST, "/api/public/dossiers/*/feedback").permitAll()
                        // the reports and province pages are shells: their figures come from /api, which needs a login
                        .requestMatchers(HttpMethod.GET, "/reports", "/reports.html", "/province", "/province.html",
                                "/webjars/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/calendar/**").authenticated()
                        .requestMatchers("/api/calendar/**", "/api/admin/**").hasAuthority(ADMIN_AUTHORITY)
                        .requestMatchers("/api/**", "/engine-rest/**").authenticated()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                // Stateless: sessions belong to the webapps' own login; changing their id on every API call
                // (session fixation protection) would log the user out of the webapps mid-page.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionFixation(fixation -> fixation.none()))
                // The APIs take no cookies (stateless Basic); the webapps run their own CSRF filter.
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                // before any password is checked: a cross-site write is refused whatever it carries
                .addFilterBefore(new CrossSiteRequestFilter(settings.allowedOrigins(), problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new WebappLoginThrottleFilter(loginThrottle, problems), BasicAuthenticationFilter.class)
                .addFilterAfter(new WebappSessionAuthenticationFilter(engine.getName()), BasicAuthenticationFilter.class)
                .addFilterAfter(new EngineAuthenticationFilter(identityService), WebappSessionAuthenticationFilter.class)
                .addFilterAfter(new ClosedEndpointsFilter(engine.getName(), problems), EngineAuthenticationFilter.class);
        return http.build();
    }

    /**
     * A path not in its plain form (%65ngine-rest, /x/../engine-rest) is refused before any other filter,
     * Spring Security's included: Spring's own request-path parsing fails on some of them with a 500.
     */
    @Bean
    FilterRegistrationBean<CanonicalPathFilter> canonicalPathFilter(ObjectMapper json) {
        FilterRegistrationBean<CanonicalPathFilter> registration =
                new FilterRegistrationBean<>(new CanonicalPathFilter(new ProblemResponses(json)));
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** After the security chain (an anonymous caller gets its 401 first), before the engine's REST API. */
    @Bean
    FilterRegistrationBean<PagingParametersFilter> pagingParametersFilter(ObjectMapper json) {
        FilterRegistrationBean<PagingParametersFilter> registration =
                new FilterRegistrationBean<>(new PagingParametersFilter(new ProblemResponses(json)));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(0);
        return registration;
    }
}
