package vn.motcua;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * The profiles integration tests run with: "test" and "demo" (the tests act as the demo users do),
 * plus whatever the build adds (the postgres Maven profile passes spring.profiles.active=test,postgres).
 */
public class TestProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        String fromBuild = System.getProperty("spring.profiles.active");
        java.util.LinkedHashSet<String> profiles = new java.util.LinkedHashSet<>(java.util.List.of("test", "demo"));
        if (fromBuild != null && !fromBuild.isBlank()) {
            profiles.addAll(java.util.List.of(fromBuild.split(",")));
        }
        return profiles.toArray(String[]::new);
    }

    public static boolean postgres() {
        return String.valueOf(System.getProperty("spring.profiles.active")).contains("postgres");
    }
}
