package vn.motcua.web;

import java.util.ArrayList;
import java.util.List;

import vn.motcua.cases.Applicant;
import vn.motcua.cases.ApplicantRules;
import vn.motcua.cases.Channel;
import vn.motcua.cases.IntakeOutcome;
import vn.motcua.cases.NewDossier;
import vn.motcua.web.DossierController.ApplicantBody;
import vn.motcua.web.DossierController.DossierBody;
import vn.motcua.web.InvalidRequestException.FieldProblem;

/** Checks a submitted dossier field by field; every wrong field is named in one 400. */
final class DossierRequests {

    /** What a missing field is told, as every field of the API says it. */
    static final String REQUIRED = RequestValues.REQUIRED;

    private DossierRequests() {
    }

    static NewDossier validate(DossierBody body) {
        if (body == null) {
            throw new InvalidRequestException("body", "phải gửi hồ sơ dạng JSON");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (require(problems, "procedureCode", body.procedureCode())) {
            FieldLimits.singleLine(problems, "procedureCode", body.procedureCode().trim(), FieldLimits.PROCEDURE_CODE);
        }
        Channel channel = enumValue(problems, "channel", body.channel(), Channel.class, true);
        IntakeOutcome outcome = enumValue(problems, "intakeOutcome", body.intakeOutcome(), IntakeOutcome.class, false);
        ApplicantBody applicant = body.applicant();
        if (applicant == null) {
            problems.add(new FieldProblem("applicant", REQUIRED));
        } else {
            ApplicantRules.problems(applicant.name(), applicant.idNumber(), applicant.phone(), applicant.email(),
                    applicant.address()).forEach((field, problem) -> problems.add(new FieldProblem("applicant." + field, problem)));
        }
        List<String> papers = body.papers() == null ? List.of() : body.papers();
        if (papers.size() > FieldLimits.PAPERS_PER_DOSSIER) {
            problems.add(new FieldProblem("papers", "tối đa " + FieldLimits.PAPERS_PER_DOSSIER + " giấy tờ"));
        } else if (papers.stream().anyMatch(paper -> paper == null || paper.isBlank())) {
            problems.add(new FieldProblem("papers", "không được có mã giấy tờ trống"));
        } else {
            for (int i = 0; i < papers.size(); i++) {
                FieldLimits.singleLine(problems, "papers[" + i + "]", papers.get(i).trim(), FieldLimits.PAPER_CODE);
            }
        }
        FieldLimits.check(problems, "missingPapers", trim(body.missingPapers()), FieldLimits.MISSING_PAPERS);
        FieldLimits.check(problems, "refusalReason", trim(body.refusalReason()), FieldLimits.REFUSAL_REASON);
        FieldLimits.singleLine(problems, "decidingAgency", trim(body.decidingAgency()), FieldLimits.AGENCY_CODE);
        FieldLimits.singleLine(problems, "returnDesk", trim(body.returnDesk()), FieldLimits.AGENCY_CODE);
        if (outcome == IntakeOutcome.INCOMPLETE && blank(body.missingPapers())) {
            problems.add(new FieldProblem("missingPapers", "bắt buộc khi intakeOutcome là INCOMPLETE: ghi đầy đủ các giấy tờ cần bổ sung"));
        }
        if (outcome == IntakeOutcome.INELIGIBLE && blank(body.refusalReason())) {
            problems.add(new FieldProblem("refusalReason", "bắt buộc khi intakeOutcome là INELIGIBLE: ghi lý do từ chối tiếp nhận"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new NewDossier(body.procedureCode().trim(), channel,
                new Applicant(applicant.name().trim(), applicant.idNumber().trim(), trim(applicant.phone()),
                        trim(applicant.email()), trim(applicant.address())),
                papers.stream().map(String::trim).toList(), outcome, trim(body.missingPapers()),
                trim(body.refusalReason()), trim(body.decidingAgency()), trim(body.returnDesk()));
    }

    private static boolean require(List<FieldProblem> problems, String field, String value) {
        if (blank(value)) {
            problems.add(new FieldProblem(field, REQUIRED));
            return false;
        }
        return true;
    }

    private static <E extends Enum<E>> E enumValue(List<FieldProblem> problems, String field, String value,
                                                   Class<E> type, boolean required) {
        if (blank(value)) {
            if (required) {
                problems.add(new FieldProblem(field, REQUIRED));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, RequestValues.echo(value) + " không phải một trong các giá trị "
                    + List.of(type.getEnumConstants())));
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return blank(value) ? null : value.trim();
    }
}
