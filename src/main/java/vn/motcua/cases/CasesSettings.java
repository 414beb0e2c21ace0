package vn.motcua.cases;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the dossiers.
 *
 * @param agencyLeaderGroups the leaders' group of each agency, by agency code (codes contain dots: write
 *                           them in brackets, {@code "[000.00.12.H42]": sct-lanh-dao}); an {@code agency-leader}
 *                           in that group reads every dossier of the agency
 */
@ConfigurationProperties("app.cases")
public record CasesSettings(Map<String, String> agencyLeaderGroups) {

    public CasesSettings {
        agencyLeaderGroups = agencyLeaderGroups == null ? Map.of() : Map.copyOf(agencyLeaderGroups);
    }
}
