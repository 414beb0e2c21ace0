package vn.motcua.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The organisation's checks at start, and what it answers about desks, communes and former districts. */
class OrganisationTest {

    private static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);

    private static List<Unit> province() {
        List<Unit> units = new ArrayList<>();
        units.add(new Unit("P", "UBND tỉnh", UnitKind.PROVINCE, null, null, null, Map.of()));
        units.add(new Unit("P.MC", "Trung tâm tỉnh", UnitKind.DESK, "P", null, null, Map.of("desk", "mc-tinh")));
        units.add(new Unit("SCT", "Sở Công Thương", UnitKind.DEPARTMENT, "P", null, null, Map.of("lanh-dao", "sct-ld")));
        units.add(new Unit("XA", "UBND xã A", UnitKind.COMMUNE, "P", JULY_2025, null, Map.of("lanh-dao", "a-ld")));
        units.add(new Unit("XA.MC", "Trung tâm xã A", UnitKind.DESK, "XA", JULY_2025, null, Map.of("desk", "mc-a")));
        units.add(new Unit("XA.KT", "Phòng Kinh tế xã A", UnitKind.OFFICE, "XA", JULY_2025, null, Map.of("kinh-te", "a-kt")));
        units.add(new Unit("H", "UBND huyện", UnitKind.DISTRICT, "P", null, LocalDate.of(2025, 6, 30), Map.of()));
        units.add(new Unit("H.TC", "Phòng Tài chính huyện", UnitKind.OFFICE, "H", null, LocalDate.of(2025, 6, 30),
                Map.of("tai-chinh", "huyen-tc")));
        return units;
    }

    @Test
    void answersWhoReceivesAndDecides() {
        Organisation organisation = new Organisation(new OrganisationProperties("P.MC", province()));

        assertThat(organisation.deskOfMember(List.of("one-stop-clerk", "mc-a"))).isEqualTo("XA.MC");
        assertThat(organisation.deskOfMember(List.of("one-stop-clerk"))).as("no desk group: the provincial centre").isEqualTo("P.MC");
        assertThat(organisation.deskOf("XA")).isEqualTo("XA.MC");
        assertThat(organisation.deskOf("SCT")).isEqualTo("P.MC");
        assertThat(organisation.communeOfDesk("XA.MC")).map(Unit::code).hasValue("XA");
        assertThat(organisation.communeOfDesk("P.MC")).isEmpty();
        assertThat(organisation.group("XA", "kinh-te")).hasValue("a-kt");
        assertThat(organisation.group("XA", "lanh-dao")).hasValue("a-ld");
        assertThat(organisation.group("XA", "tu-phap")).isEmpty();
        assertThat(organisation.isCommuneOn("XA", LocalDate.of(2026, 1, 5))).isTrue();
        assertThat(organisation.isCommuneOn("XA", LocalDate.of(2025, 6, 30))).as("before it existed").isFalse();
        assertThat(organisation.isCommuneOn("H", LocalDate.of(2025, 6, 30))).as("a district is no commune").isFalse();
        assertThat(organisation.communesOn(LocalDate.of(2026, 1, 5))).extracting(Unit::code).containsExactly("XA");
        assertThat(organisation.unitOfGroup("huyen-tc")).map(Unit::name).hasValue("Phòng Tài chính huyện");
        assertThat(organisation.units().stream().filter(u -> u.validOn(LocalDate.of(2026, 1, 5))))
                .noneMatch(u -> u.kind() == UnitKind.DISTRICT);
    }

    @Test
    void refusesToStartWithEveryProblemNamed() {
        List<Unit> units = province();
        units.add(new Unit("H2", "UBND huyện B", UnitKind.DISTRICT, "P", null, null, Map.of()));
        units.add(new Unit("XA", "trùng mã", UnitKind.COMMUNE, "P", null, null, Map.of()));
        units.add(new Unit("XB.MC", "Quầy không nhóm", UnitKind.DESK, "XA", null, null, Map.of()));
        units.add(new Unit("XC", "Xã C", UnitKind.COMMUNE, "KHONG-CO", null, null, Map.of("lanh-dao", "sct-ld")));
        units.add(new Unit("H.KT", "Phòng sau ngày huyện kết thúc", UnitKind.OFFICE, "H", null, null, Map.of()));

        assertThatThrownBy(() -> new Organisation(new OrganisationProperties("SCT", units)))
                .isInstanceOf(InvalidOrganisationException.class)
                .hasMessageContaining("H2: cấp huyện chấm dứt hoạt động từ 01/7/2025")
                .hasMessageContaining("mã đơn vị XA khai báo hai lần")
                .hasMessageContaining("XB.MC: bộ phận một cửa cần nhóm")
                .hasMessageContaining("XC: đơn vị cấp trên (parent) KHONG-CO không tồn tại")
                .hasMessageContaining("nhóm sct-ld làm việc cho hai đơn vị")
                .hasMessageContaining("H.KT: còn hiệu lực sau khi đơn vị cấp trên H hết hiệu lực")
                .hasMessageContaining("app.organisation.province-desk (SCT)");
    }

    @Test
    void withoutAnOrganisationEveryDeskIsNone() {
        Organisation organisation = new Organisation(new OrganisationProperties(null, List.of()));

        assertThat(organisation.deskOfMember(List.of("one-stop-clerk"))).isNull();
        assertThat(organisation.communesOn(LocalDate.of(2026, 1, 5))).isEmpty();
    }
}
