package vn.motcua.web;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import vn.motcua.engine.Role;
import vn.motcua.province.ProvinceView;
import vn.motcua.province.ProvinceViewSheet;
import vn.motcua.province.QmsRegister;
import vn.motcua.security.EngineUser;

/** Every agency side by side (README: 'The province view'), for the province's roles; the page is /province. */
@RestController
class ProvinceViewController {

    private static final Set<String> READERS = Set.of(Role.PROVINCE_QMS_OFFICER.groupId(), Role.PROVINCE_LEADER.groupId(),
            Role.ADMINISTRATOR.groupId());
    private static final String READERS_ONLY = "Dành cho Sở Khoa học và Công nghệ và lãnh đạo UBND tỉnh";
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ProvinceView view;
    private final QmsRegister register;

    ProvinceViewController(ProvinceView view, QmsRegister register) {
        this.view = view;
        this.register = register;
    }

    @GetMapping("/api/province/agencies")
    ProvinceView.View agencies(@RequestParam(required = false) String on, @AuthenticationPrincipal EngineUser user) {
        Groups.require(user, READERS, READERS_ONLY);
        return view.view(day(on));
    }

    @GetMapping("/api/province/agencies.xlsx")
    ResponseEntity<StreamingResponseBody> xlsx(@RequestParam(required = false) String on, @AuthenticationPrincipal EngineUser user) {
        Groups.require(user, READERS, READERS_ONLY);
        ProvinceView.View computed = view.view(day(on));
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("cac-co-quan-" + computed.on() + ".xlsx").build().toString())
                .body(out -> ProvinceViewSheet.write(computed, out));
    }

    private LocalDate day(String on) {
        LocalDate today = register.today();
        if (on == null || on.isBlank()) {
            return today;
        }
        LocalDate day = RequestValues.date("on", on);
        if (day.isAfter(today)) {
            throw new InvalidRequestException("on", "không được sau hôm nay");
        }
        return day;
    }
}
