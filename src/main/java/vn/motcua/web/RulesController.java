package vn.motcua.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.law.LegalRules;
import vn.motcua.law.RuleVersion;

/**
 * The legal rules Motcua applies, each with its versions, their legal sources and the days they take effect
 * (README: 'Các văn bản pháp luật Motcua áp dụng / The law Motcua follows'); {@code ?on=} marks the version in
 * force on that day (a dossier received then follows it), by default today.
 */
@RestController
@RequestMapping("/api/rules")
class RulesController {

    /** What each rule is, in Vietnamese. */
    private static final Map<String, String> TITLES = Map.of(
            "handover-cutoff", "Giờ chuyển hồ sơ tiếp nhận trong ngày (quy tắc 15 giờ)",
            "form-set", "Bộ biểu mẫu thực hiện cơ chế một cửa",
            "apology", "Xin lỗi, hẹn lại ngày trả kết quả (từ Thông tư 03/2025: đề nghị gia hạn)",
            "supplement", "Yêu cầu bổ sung hồ sơ sau thẩm định và tính lại thời gian",
            "abandonment", "Hồ sơ không được bổ sung: dừng giải quyết");

    private final LegalRules rules;
    private final Clock clock;

    RulesController(LegalRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    record Version(LocalDate effectiveFrom, LocalDate effectiveUntil, Map<String, Object> values, String source,
                   String shownSource, boolean inForce) {
    }

    record Rule(String rule, String title, List<Version> versions) {
    }

    @GetMapping
    List<Rule> rules(@RequestParam(required = false) String on) {
        LocalDate day = on == null ? LocalDate.now(clock.withZone(VietnamTime.ZONE)) : RequestValues.date("on", on);
        List<Rule> all = new ArrayList<>();
        rules.all().forEach((name, versions) -> {
            RuleVersion inForce = LegalRules.on(versions, day);
            List<Version> shown = new ArrayList<>();
            for (int i = 0; i < versions.size(); i++) {
                RuleVersion version = versions.get(i);
                LocalDate until = i + 1 < versions.size() ? versions.get(i + 1).effectiveFrom().minusDays(1) : null;
                shown.add(new Version(version.effectiveFrom(), until, version.values(), version.source(),
                        version.shownSource(), version == inForce));
            }
            all.add(new Rule(name, TITLES.getOrDefault(name, name), List.copyOf(shown)));
        });
        return all;
    }
}
