package vn.motcua.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.cases.Procedure;
import vn.motcua.cases.ProcedureCatalog;

/** The procedures a desk can receive dossiers for, with their papers' codes. */
@RestController
@RequestMapping("/api/procedures")
class ProcedureController {

    private final ProcedureCatalog catalog;

    ProcedureController(ProcedureCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    List<Procedure> procedures() {
        return catalog.all().stream().sorted(Comparator.comparing(Procedure::code)).toList();
    }

    @GetMapping("/{code}")
    Procedure procedure(@PathVariable String code) {
        return catalog.latest(code).orElseThrow(() -> new NotFoundException("Không có thủ tục mã " + code));
    }
}
