package vn.motcua;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * The profiles integration tests run with: "test", plus whatever the build adds
 * (the postgres Maven profile passes spring.profiles.active=test,postgres).
 */
public class TestProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        String fromBuild = System.getProperty("spring.profiles.active");
        return fromBuild == null || fromBuild.isBlank() ? new String[] {"test"} : fromBuild.split(",");
    }

    public static boolean postgres() {
        return String.valueOf(System.getProperty("spring.profiles.active")).contains("postgres");
    }
}
