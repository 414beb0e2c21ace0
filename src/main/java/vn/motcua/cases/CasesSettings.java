package vn.motcua.cases;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the dossiers.
 *
 * @param agencyLeaderGroups the leaders' group of each agency, by agency code (codes contain dots: write
 *                           them in brackets, {@code "[000.00.12.H42]": sct-lanh-dao}); an {@code agency-leader}
 *                           in that group reads every dossier of the agency
 * @param places             the place name (địa danh) each agency's papers print before their date
 *                           ("Hà Tĩnh, ngày ... tháng ... năm ..."), by agency code; an agency without one
 *                           prints a dotted space to write it by hand
 * @param deskName           the one-stop desk whose ledger lists every agency's dossiers (a provincial
 *                           public-service centre hosts the desks of many agencies), printed at its head
 */
@ConfigurationProperties("app.cases")
public record CasesSettings(Map<String, String> agencyLeaderGroups, Map<String, String> places, String deskName) {

    public CasesSettings {
        deskName = deskName == null || deskName.isBlank() ? "Bộ phận tiếp nhận và trả kết quả" : deskName.strip();
        agencyLeaderGroups = agencyLeaderGroups == null ? Map.of() : Map.copyOf(agencyLeaderGroups);
        places = places == null ? Map.of() : Map.copyOf(places);
    }

    /** The agency's place name; blank when none is configured. */
    public String place(String agencyCode) {
        return agencyCode == null ? "" : places.getOrDefault(agencyCode, "");
    }
}
