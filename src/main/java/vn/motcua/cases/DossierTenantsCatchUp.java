package vn.motcua.cases;

import java.util.List;

import jakarta.annotation.PostConstruct;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.organisation.Organisation;
import vn.motcua.organisation.Unit;

/**
 * At start, gives the dossiers started before agencies were the engine's tenants (or before their agency joined the
 * organisation) the tenant {@link InstanceTenants} would have given them: their deciding agency, on every runtime and
 * history row of the dossier's instance and of the instances it called. Without it an upgraded installation would
 * show its earlier dossiers to every agency's managers. Only rows without a tenant change; when there are none, one
 * query is all it costs.
 */
@Component
class DossierTenantsCatchUp {

    private static final Logger LOG = LoggerFactory.getLogger(DossierTenantsCatchUp.class);

    /** The engine's tables with a tenant and the root instance of their rows. */
    private static final List<String> BY_ROOT = List.of("ACT_RU_EXECUTION", "ACT_RU_JOB", "ACT_GE_BYTEARRAY",
            "ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST", "ACT_HI_DETAIL",
            "ACT_HI_IDENTITYLINK", "ACT_HI_COMMENT", "ACT_HI_ATTACHMENT", "ACT_HI_OP_LOG", "ACT_HI_INCIDENT",
            "ACT_HI_JOB_LOG", "ACT_HI_EXT_TASK_LOG", "ACT_HI_DECINST", "ACT_HI_DEC_IN", "ACT_HI_DEC_OUT");
    /** The runtime tables with a tenant and only the instance of their rows. */
    private static final List<String> BY_INSTANCE = List.of("ACT_RU_TASK", "ACT_RU_VARIABLE", "ACT_RU_EVENT_SUBSCR",
            "ACT_RU_INCIDENT", "ACT_RU_EXT_TASK");

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final TransactionTemplate transactions;

    DossierTenantsCatchUp(JdbcClient jdbc, Organisation organisation, TransactionTemplate transactions,
                          ProcessEngine engineCreatedItsTables) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.transactions = transactions;
    }

    @PostConstruct
    void catchUp() {
        List<String> agencies = organisation.units().stream().map(Unit::code).toList();
        if (agencies.isEmpty()) {
            return;
        }
        long missing = jdbc.sql("""
                        select count(*) from motcua_dossier d join ACT_HI_PROCINST p on p.PROC_INST_ID_ = d.process_instance_id
                        where p.TENANT_ID_ is null and d.agency_code in (:agencies)""")
                .param("agencies", agencies).query(Long.class).single();
        if (missing == 0) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            for (String table : BY_INSTANCE) {
                jdbc.sql("update " + table + " t set TENANT_ID_ = (select d.agency_code from ACT_RU_EXECUTION e "
                                + "join motcua_dossier d on d.process_instance_id = e.ROOT_PROC_INST_ID_ "
                                + "where e.ID_ = t.PROC_INST_ID_) "
                                + "where t.TENANT_ID_ is null and t.PROC_INST_ID_ in (select e.ID_ from ACT_RU_EXECUTION e "
                                + "join motcua_dossier d on d.process_instance_id = e.ROOT_PROC_INST_ID_ "
                                + "where d.agency_code in (:agencies))")
                        .param("agencies", agencies).update();
            }
            for (String table : BY_ROOT) {
                jdbc.sql("update " + table + " t set TENANT_ID_ = (select d.agency_code from motcua_dossier d "
                                + "where d.process_instance_id = t.ROOT_PROC_INST_ID_) "
                                + "where t.TENANT_ID_ is null and t.ROOT_PROC_INST_ID_ in (select d.process_instance_id "
                                + "from motcua_dossier d where d.agency_code in (:agencies))")
                        .param("agencies", agencies).update();
            }
        });
        LOG.info("{} dossiers started before agencies were tenants now belong to their agency", missing);
    }
}
