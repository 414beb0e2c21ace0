package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A dossier started before agencies were tenants gets its agency as tenant at the next start, everywhere. */
class DossierTenantsCatchUpIT extends DeskIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DossierTenantsCatchUp catchUp;

    @Test
    void anEarlierDossierBelongsToItsAgencyAgain() throws Exception {
        String code = desk.submitOk(Desk.dossier("MAU-SCT-RUOU-BB",
                List.of("DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM", "NHA-CUNG-CAP"), "COMPLETE")).get("code").asText();
        String root = jdbc.queryForObject("select process_instance_id from motcua_dossier where code = ?", String.class,
                code);
        // as a version before tenants left it
        for (String table : List.of("ACT_RU_EXECUTION", "ACT_HI_PROCINST", "ACT_HI_TASKINST", "ACT_HI_VARINST",
                "ACT_HI_ACTINST")) {
            jdbc.update("update " + table + " set TENANT_ID_ = null where ROOT_PROC_INST_ID_ = ?", root);
        }
        jdbc.update("update ACT_RU_TASK set TENANT_ID_ = null where PROC_INST_ID_ in "
                + "(select ID_ from ACT_RU_EXECUTION where ROOT_PROC_INST_ID_ = ?)", root);
        jdbc.update("update ACT_RU_VARIABLE set TENANT_ID_ = null where PROC_INST_ID_ in "
                + "(select ID_ from ACT_RU_EXECUTION where ROOT_PROC_INST_ID_ = ?)", root);
        assertThat(untenanted(root)).isPositive();

        catchUp.catchUp();

        assertThat(untenanted(root)).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).list())
                .allSatisfy(instance -> assertThat(instance.getTenantId()).isEqualTo("000.00.12.H42"));
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(code).singleResult().getTenantId())
                .isEqualTo("000.00.12.H42");
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(root).singleResult()
                .getTenantId()).isEqualTo("000.00.12.H42");
    }

    private int untenanted(String root) {
        return jdbc.queryForObject("select (select count(*) from ACT_RU_EXECUTION where TENANT_ID_ is null and "
                + "ROOT_PROC_INST_ID_ = ?) + (select count(*) from ACT_HI_VARINST where TENANT_ID_ is null and "
                + "ROOT_PROC_INST_ID_ = ?) + (select count(*) from ACT_RU_TASK where TENANT_ID_ is null and PROC_INST_ID_ "
                + "in (select ID_ from ACT_RU_EXECUTION where ROOT_PROC_INST_ID_ = ?))", Integer.class, root, root, root);
    }
}
