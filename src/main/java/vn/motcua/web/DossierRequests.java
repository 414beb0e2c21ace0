package vn.motcua.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.motcua.cases.Applicant;
import vn.motcua.cases.Channel;
import vn.motcua.cases.IntakeOutcome;
import vn.motcua.cases.NewDossier;
import vn.motcua.web.DossierController.ApplicantBody;
import vn.motcua.web.DossierController.DossierBody;
import vn.motcua.web.InvalidRequestException.FieldProblem;

/** Checks a submitted dossier field by field; every wrong field is named in one 400. */
final class DossierRequests {

    /** Citizen identity card (12 digits), old identity card (9 digits) or passport. */
    private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{12}|[0-9]{9}|[A-Z][0-9]{7,8}");
    private static final Pattern PHONE = Pattern.compile("(\\+84|0)[0-9]{9,10}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private DossierRequests() {
    }

    static NewDossier validate(DossierBody body) {
        if (body == null) {
            throw new InvalidRequestException("body", "a JSON dossier is required");
        }
        List<FieldProblem> problems = new ArrayList<>();
        require(problems, "procedureCode", body.procedureCode());
        Channel channel = enumValue(problems, "channel", body.channel(), Channel.class, true);
        IntakeOutcome outcome = enumValue(problems, "intakeOutcome", body.intakeOutcome(), IntakeOutcome.class, false);
        ApplicantBody applicant = body.applicant();
        if (applicant == null) {
            problems.add(new FieldProblem("applicant", "is required"));
        } else {
            require(problems, "applicant.name", applicant.name());
            if (applicant.name() != null && applicant.name().length() > 200) {
                problems.add(new FieldProblem("applicant.name", "must be at most 200 characters"));
            }
            if (require(problems, "applicant.idNumber", applicant.idNumber())
                    && !ID_NUMBER.matcher(applicant.idNumber().trim()).matches()) {
                problems.add(new FieldProblem("applicant.idNumber",
                        "must be a 12-digit personal identification number, a 9-digit identity card or a passport number"));
            }
            if (applicant.phone() != null && !applicant.phone().isBlank()
                    && !PHONE.matcher(applicant.phone().replace(" ", "")).matches()) {
                problems.add(new FieldProblem("applicant.phone", "is not a Vietnamese phone number"));
            }
            if (applicant.email() != null && !applicant.email().isBlank() && !EMAIL.matcher(applicant.email()).matches()) {
                problems.add(new FieldProblem("applicant.email", "is not an e-mail address"));
            }
        }
        List<String> papers = body.papers() == null ? List.of() : body.papers();
        if (papers.stream().anyMatch(paper -> paper == null || paper.isBlank())) {
            problems.add(new FieldProblem("papers", "must not contain empty codes"));
        }
        if (outcome == IntakeOutcome.INCOMPLETE && blank(body.missingPapers())) {
            problems.add(new FieldProblem("missingPapers", "is required when intakeOutcome is INCOMPLETE"));
        }
        if (outcome == IntakeOutcome.INELIGIBLE && blank(body.refusalReason())) {
            problems.add(new FieldProblem("refusalReason", "is required when intakeOutcome is INELIGIBLE"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new NewDossier(body.procedureCode().trim(), channel,
                new Applicant(applicant.name().trim(), applicant.idNumber().trim(), trim(applicant.phone()),
                        trim(applicant.email()), trim(applicant.address())),
                papers.stream().map(String::trim).toList(), outcome, trim(body.missingPapers()),
                trim(body.refusalReason()));
    }

    private static boolean require(List<FieldProblem> problems, String field, String value) {
        if (blank(value)) {
            problems.add(new FieldProblem(field, "is required"));
            return false;
        }
        return true;
    }

    private static <E extends Enum<E>> E enumValue(List<FieldProblem> problems, String field, String value,
                                                   Class<E> type, boolean required) {
        if (blank(value)) {
            if (required) {
                problems.add(new FieldProblem(field, "is required"));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "'" + value + "' is not one of " + List.of(type.getEnumConstants())));
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
