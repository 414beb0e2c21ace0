package vn.motcua.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

/**
 * The province's organisation, checked when the application starts: a unit without a code, name or kind, two
 * units with one code, a parent that does not exist, a unit that outlives its parent or ends before it starts, a
 * desk without its clerks' group or outside the province and its communes, a group working for two units, a
 * district still in force after 30 June 2025 (two-level local government since 1 July 2025, Law on the
 * Organisation of Local Government 2025) or a provincial desk that is not a desk of the province stop the start
 * with every problem listed ({@link InvalidOrganisationException}).
 */
@Component
public class Organisation {

    /** The last day district-level People's Committees existed. */
    public static final LocalDate LAST_DAY_OF_DISTRICTS = LocalDate.of(2025, 6, 30);
    /** The role of a desk's clerks in {@link Unit#groups()}. */
    public static final String DESK_ROLE = "desk";
    /** The kinds of unit that are agencies (cơ quan): they decide dossiers and keep a QMS. */
    public static final Set<UnitKind> AGENCY_KINDS =
            EnumSet.of(UnitKind.PROVINCE, UnitKind.DEPARTMENT, UnitKind.COMMUNE, UnitKind.DISTRICT);

    private final Map<String, Unit> byCode = new LinkedHashMap<>();
    private final Map<String, Unit> byGroup = new HashMap<>();
    private final String provinceDesk;

    public Organisation(OrganisationProperties properties) {
        List<String> problems = new ArrayList<>();
        for (Unit unit : properties.units()) {
            if (blank(unit.code()) || blank(unit.name()) || unit.kind() == null) {
                problems.add("đơn vị " + (blank(unit.code()) ? "(không mã)" : unit.code()) + " thiếu mã, tên hoặc loại (code, name, kind)");
                continue;
            }
            if (byCode.putIfAbsent(unit.code(), unit) != null) {
                problems.add("mã đơn vị " + unit.code() + " khai báo hai lần");
            }
            if (unit.validFrom() != null && unit.validTo() != null && unit.validTo().isBefore(unit.validFrom())) {
                problems.add(unit.code() + ": ngày hết hiệu lực (validTo) trước ngày có hiệu lực (validFrom)");
            }
            unit.groups().forEach((role, group) -> {
                Unit other = byGroup.putIfAbsent(group, unit);
                if (other != null && other != unit) {
                    problems.add("nhóm " + group + " làm việc cho hai đơn vị: " + other.code() + " và " + unit.code());
                }
            });
        }
        long provinces = byCode.values().stream().filter(u -> u.kind() == UnitKind.PROVINCE).count();
        if (!byCode.isEmpty() && provinces != 1) {
            problems.add("cần đúng một đơn vị loại PROVINCE (UBND tỉnh), có " + provinces);
        }
        for (Unit unit : byCode.values()) {
            Unit parent = unit.parent() == null ? null : byCode.get(unit.parent());
            if (unit.kind() == UnitKind.PROVINCE) {
                if (unit.parent() != null) {
                    problems.add(unit.code() + ": UBND tỉnh không thuộc đơn vị nào (parent phải để trống)");
                }
            } else if (parent == null) {
                problems.add(unit.code() + ": đơn vị cấp trên (parent) " + unit.parent() + " không tồn tại");
            } else {
                if (parent.validTo() != null && (unit.validTo() == null || unit.validTo().isAfter(parent.validTo()))) {
                    problems.add(unit.code() + ": còn hiệu lực sau khi đơn vị cấp trên " + parent.code() + " hết hiệu lực ("
                            + parent.validTo() + ")");
                }
                if (unit.kind() == UnitKind.DESK && parent.kind() != UnitKind.PROVINCE && parent.kind() != UnitKind.COMMUNE) {
                    problems.add(unit.code() + ": bộ phận một cửa chỉ thuộc tỉnh (Trung tâm Phục vụ hành chính công tỉnh) hoặc một xã, phường");
                }
                if ((unit.kind() == UnitKind.COMMUNE || unit.kind() == UnitKind.DEPARTMENT || unit.kind() == UnitKind.DISTRICT)
                        && parent.kind() != UnitKind.PROVINCE) {
                    problems.add(unit.code() + ": xã, phường, sở, ngành và huyện (cũ) thuộc trực tiếp UBND tỉnh");
                }
            }
            if (unit.kind() == UnitKind.DESK && blank(unit.group(DESK_ROLE))) {
                problems.add(unit.code() + ": bộ phận một cửa cần nhóm công chức tiếp nhận (groups.desk)");
            }
            if (unit.kind() == UnitKind.DISTRICT
                    && (unit.validTo() == null || unit.validTo().isAfter(LAST_DAY_OF_DISTRICTS))) {
                problems.add(unit.code() + ": cấp huyện chấm dứt hoạt động từ 01/7/2025, validTo phải từ 2025-06-30 trở về trước");
            }
        }
        provinceDesk = properties.provinceDesk();
        if (!byCode.isEmpty()) {
            Unit desk = provinceDesk == null ? null : byCode.get(provinceDesk);
            if (desk == null || desk.kind() != UnitKind.DESK || byCode.get(desk.parent()) == null
                    || byCode.get(desk.parent()).kind() != UnitKind.PROVINCE) {
                problems.add("app.organisation.province-desk (" + provinceDesk + ") phải là mã bộ phận một cửa (DESK) của UBND tỉnh");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidOrganisationException(problems);
        }
    }

    /** The unit of the code, whatever its validity. */
    public Optional<Unit> unit(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** Every unit, in the order configured. */
    public Collection<Unit> units() {
        return byCode.values();
    }

    /** The unit's name, or the code itself when the code is no unit's. */
    public String name(String code) {
        return unit(code).map(Unit::name).orElse(code == null ? "" : code);
    }

    /** The unit a group works for (an office, a desk, a commune...), also a unit that no longer exists. */
    public Optional<Unit> unitOfGroup(String groupId) {
        return Optional.ofNullable(groupId == null ? null : byGroup.get(groupId));
    }

    /**
     * The agencies: the units that decide dossiers and keep a QMS (the province, its departments, the communes,
     * the former districts), whatever their validity. Offices and desks belong to one of them.
     */
    public List<Unit> agencies() {
        return byCode.values().stream().filter(u -> AGENCY_KINDS.contains(u.kind())).toList();
    }

    /** The agency a unit belongs to: itself for an agency, else the nearest agency above it; empty if none. */
    public Optional<Unit> agencyOf(String unitCode) {
        Unit unit = byCode.get(unitCode);
        for (int depth = 0; unit != null && depth < byCode.size(); depth++) {
            if (AGENCY_KINDS.contains(unit.kind())) {
                return Optional.of(unit);
            }
            unit = unit.parent() == null ? null : byCode.get(unit.parent());
        }
        return Optional.empty();
    }

    /** The codes of the agencies the groups work for (a commune's office works for the commune), sorted. */
    public SortedSet<String> agenciesOfGroups(Collection<String> groupIds) {
        SortedSet<String> agencies = new TreeSet<>();
        for (String group : groupIds) {
            unitOfGroup(group).flatMap(unit -> agencyOf(unit.code())).ifPresent(agency -> agencies.add(agency.code()));
        }
        return agencies;
    }

    /** Whether the province's organisation is configured at all (an installation of one agency has none). */
    public boolean isEmpty() {
        return byCode.isEmpty();
    }

    /** The communes (xã, phường) in force on the day, by name. */
    public List<Unit> communesOn(LocalDate day) {
        return byCode.values().stream().filter(u -> u.kind() == UnitKind.COMMUNE && u.validOn(day))
                .sorted(Comparator.comparing(Unit::name)).toList();
    }

    /** Whether the code is a commune in force on the day. */
    public boolean isCommuneOn(String code, LocalDate day) {
        return unit(code).filter(u -> u.kind() == UnitKind.COMMUNE && u.validOn(day)).isPresent();
    }

    /** The desks in force on the day, the provincial centre's first. */
    public List<Unit> desksOn(LocalDate day) {
        return byCode.values().stream().filter(u -> u.kind() == UnitKind.DESK && u.validOn(day))
                .sorted(Comparator.comparing((Unit u) -> !u.code().equals(provinceDesk)).thenComparing(Unit::name))
                .toList();
    }

    /** The provincial public-service centre's desk; null without an organisation. */
    public String provinceDesk() {
        return provinceDesk;
    }

    /**
     * The desk a clerk works at, from their groups: the desk whose clerks' group is among them; the provincial
     * centre's for a clerk in no desk's group (and without an organisation, null).
     */
    public String deskOfMember(Collection<String> groupIds) {
        return byCode.values().stream().filter(u -> u.kind() == UnitKind.DESK)
                .filter(u -> groupIds.contains(u.group(DESK_ROLE))).map(Unit::code).sorted().findFirst()
                .orElse(provinceDesk);
    }

    /**
     * The desk that receives for an agency: a commune's own desk for the commune, the provincial centre for a
     * department, the province or anything else (vertical agencies receive at the centre).
     */
    public String deskOf(String agencyCode) {
        return byCode.values().stream().filter(u -> u.kind() == UnitKind.DESK && u.code() != null
                        && agencyCode != null && agencyCode.equals(u.parent())
                        && byCode.get(agencyCode).kind() == UnitKind.COMMUNE)
                .map(Unit::code).findFirst().orElse(provinceDesk);
    }

    /** The commune a desk belongs to, empty for the provincial centre. */
    public Optional<Unit> communeOfDesk(String deskCode) {
        return unit(deskCode).map(u -> byCode.get(u.parent())).filter(u -> u != null && u.kind() == UnitKind.COMMUNE);
    }

    /** The clerks' group of a desk, null if the code is no desk's. */
    public String deskGroup(String deskCode) {
        return unit(deskCode).filter(u -> u.kind() == UnitKind.DESK).map(u -> u.group(DESK_ROLE)).orElse(null);
    }

    /**
     * The group of a role in a unit or in one of its offices (the commune's economic office for
     * {@code kinh-te}); empty when neither has one.
     */
    public Optional<String> group(String unitCode, String role) {
        Unit unit = byCode.get(unitCode);
        if (unit == null) {
            return Optional.empty();
        }
        if (unit.group(role) != null) {
            return Optional.of(unit.group(role));
        }
        return byCode.values().stream().filter(u -> unitCode.equals(u.parent()) && u.kind() == UnitKind.OFFICE)
                .map(u -> u.group(role)).filter(g -> g != null).findFirst();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
