package vn.motcua.iso;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the QMS processes ({@code app.qms}).
 *
 * @param effectivenessCheckWorkingDays how long after a corrective action is implemented its
 *                                      effectiveness is checked (ISO 9001:2015, 10.2.1 d)
 * @param fallbackUnit                  the group that handles a nonconformity no unit can be found for
 * @param documentReviewMonths          how often an issued document is reviewed (ISO 9001:2015, 7.5.2)
 * @param legalChangeReviewMonths       within how long a procedure must be reviewed after a change of a
 *                                      legal document it cites (Decision 19/2014/QĐ-TTg: 3 months)
 * @param agencyName                    the agency named on QMS documents; by default the agencies of the
 *                                      procedure catalogue
 * @param riskActionLevel               from which level (likelihood × impact, 1 to 25) a risk or
 *                                      opportunity needs an action plan
 * @param riskReviewMonths              how often a risk or opportunity is reviewed (ISO 9001:2015, 6.1)
 * @param retentionYears                years each {@link RecordType} is kept after it was closed, where
 *                                      the agency's retention list differs from the defaults
 */
@ConfigurationProperties("app.qms")
public record QmsSettings(
        @DefaultValue("20") BigDecimal effectivenessCheckWorkingDays,
        @DefaultValue("iso-secretary") String fallbackUnit,
        @DefaultValue("12") int documentReviewMonths,
        @DefaultValue("3") int legalChangeReviewMonths,
        String agencyName,
        @DefaultValue("5") int riskActionLevel,
        @DefaultValue("12") int riskReviewMonths,
        Map<RecordType, Integer> retentionYears) {

    /** How many years records of the type are kept after they were closed. */
    public int retentionYears(RecordType type) {
        Integer years = retentionYears == null ? null : retentionYears.get(type);
        return years == null ? type.defaultYears() : years;
    }
}
