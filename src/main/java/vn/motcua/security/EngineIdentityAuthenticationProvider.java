package vn.motcua.security;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks user and password against the engine's identity service, the same users the webapps know,
 * throttled per client address and user ({@link LoginThrottle}).
 */
@Component
class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final LoginThrottle throttle;

    EngineIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle) {
        this.identityService = identityService;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null) {
            throw new BadCredentialsException("Wrong user name or password");
        }
        // the address Tomcat gives (the proxy's client when RemoteIpValve is configured to trust the proxy)
        String client = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        Optional<Duration> wait = throttle.waitBefore(client, userId);
        if (wait.isPresent()) {
            throw new LoginThrottledException(wait.get());
        }
        if (!identityService.checkPassword(userId, credentials.toString())) {
            throttle.failed(client, userId);
            throw new BadCredentialsException("Wrong user name or password");
        }
        throttle.succeeded(client, userId);
        List<String> groupIds = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        List<String> tenantIds = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
                .list().stream().map(Tenant::getId).toList();
        EngineUser user = new EngineUser(userId, groupIds, tenantIds);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, groupIds.stream()
                .map(id -> new SimpleGrantedAuthority(EngineUser.GROUP_AUTHORITY_PREFIX + id)).toList());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
