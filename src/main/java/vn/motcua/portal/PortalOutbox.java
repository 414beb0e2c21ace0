package vn.motcua.portal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.cases.DossierStateChanged;

/**
 * The outbox (motcua_portal_outbox): each {@link DossierStateChanged} is written here by a synchronous listener,
 * in the transaction of the change, so the change and its row commit or roll back together. The sender claims
 * rows one at a time with a lease (an update that only one node's can win, on H2 as on PostgreSQL) and only the
 * earliest unsent change of each dossier, so a dossier's later change never goes before an earlier one is
 * acknowledged. Bookkeeping moments (leases, backoff) are the wall clock's, never the engine's.
 */
@Repository
public class PortalOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(PortalOutbox.class);
    /** Candidates read per claim: a few, in case other nodes win some of them. */
    private static final int CANDIDATES = 10;
    /** The width of last_error (V20__portal_outbox.sql). */
    private static final int MAX_ERROR = 500;

    /** Its own mapper: the body's shape must not change with the API's JSON settings. */
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DATES_WITH_CONTEXT_TIME_ZONE).build();

    private final JdbcClient jdbc;

    PortalOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One change to send: the row, and the token of this node's claim on it. */
    record Row(long id, String dossierCode, int sequence, String idempotencyKey, String payload, int attempts,
               String claimToken) {
    }

    /** What an administrator watches (README: how to watch the backlog). */
    public record Backlog(long pending, long delayed, long delivered, OffsetDateTime oldestPendingAt,
                          OffsetDateTime lastFailureAt, Integer lastFailureStatus, String lastFailure) {
    }

    /** Writes the change, next in its dossier's sequence, in the transaction that made it. */
    @EventListener
    public void on(DossierStateChanged change) {
        int sequence = jdbc.sql("select coalesce(max(seq), 0) + 1 from motcua_portal_outbox where dossier_code = :code")
                .param("code", change.dossierCode()).query(Integer.class).single();
        PortalMessage message = PortalMessage.of(change, sequence);
        OffsetDateTime now = utc(Instant.now());
        jdbc.sql("""
                        insert into motcua_portal_outbox (dossier_code, seq, idempotency_key, state, payload, created_at,
                            next_attempt_at)
                        values (:code, :seq, :key, :state, :payload, :now, :now)""")
                .param("code", change.dossierCode()).param("seq", sequence).param("key", message.idempotencyKey())
                .param("state", change.state().name()).param("payload", json(message)).param("now", now)
                .update();
    }

    /**
     * Claims the next change due to be sent for this node until {@code now + lease}: the earliest unsent change of
     * its dossier, due, and not claimed by a node whose lease still runs. Empty when there is none.
     */
    Optional<Row> claimNext(String node, Instant now, Duration lease) {
        List<Long> candidates = jdbc.sql("""
                        select o.id from motcua_portal_outbox o
                        where o.sent_at is null and o.next_attempt_at <= :now
                            and (o.claimed_until is null or o.claimed_until < :now)
                            and not exists (select 1 from motcua_portal_outbox e where e.dossier_code = o.dossier_code
                                and e.seq < o.seq and e.sent_at is null)
                        order by o.next_attempt_at, o.id
                        fetch first""" + " " + CANDIDATES + " rows only")
                .param("now", utc(now)).query(Long.class).list();
        for (long id : candidates) {
            String token = UUID.randomUUID().toString();
            int claimed;
            try {
                claimed = jdbc.sql("""
                                update motcua_portal_outbox set claimed_by = :node, claim_token = :token,
                                    claimed_until = :until
                                where id = :id and sent_at is null and (claimed_until is null or claimed_until < :now)""")
                        .param("node", node).param("token", token).param("until", utc(now.plus(lease)))
                        .param("id", id).param("now", utc(now)).update();
            } catch (DataAccessException concurrent) {
                // another node updated the row at the same moment (H2 may say so instead of waiting): it is theirs
                LOG.debug("Portal outbox row {} taken by another node", id);
                claimed = 0;
            }
            if (claimed == 1) {
                return jdbc.sql("select id, dossier_code, seq, idempotency_key, payload, attempts from motcua_portal_outbox "
                                + "where id = :id")
                        .param("id", id)
                        .query((rs, row) -> new Row(rs.getLong("id"), rs.getString("dossier_code"), rs.getInt("seq"),
                                rs.getString("idempotency_key"), rs.getString("payload"), rs.getInt("attempts"), token))
                        .optional();
            }
        }
        return Optional.empty();
    }

    /** The portal acknowledged the change; false when this node's claim had lapsed and another took it. */
    boolean delivered(Row row, int status, Instant now) {
        return jdbc.sql("""
                        update motcua_portal_outbox set sent_at = :now, attempts = attempts + 1, last_attempt_at = :now,
                            last_status = :status, last_error = null, claimed_by = null, claim_token = null,
                            claimed_until = null
                        where id = :id and claim_token = :token""")
                .param("now", utc(now)).param("status", status).param("id", row.id()).param("token", row.claimToken())
                .update() == 1;
    }

    /** The attempt failed: the change is tried again at {@code nextAttemptAt}, by whichever node is free. */
    void failed(Row row, Integer status, String error, Instant now, Instant nextAttemptAt) {
        String shortError = error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
        jdbc.sql("""
                        update motcua_portal_outbox set attempts = attempts + 1, last_attempt_at = :now,
                            last_status = :status, last_error = :error, next_attempt_at = :next, claimed_by = null,
                            claim_token = null, claimed_until = null
                        where id = :id and claim_token = :token""")
                .param("now", utc(now)).param("status", status).param("error", shortError)
                .param("next", utc(nextAttemptAt)).param("id", row.id()).param("token", row.claimToken()).update();
    }

    /** Changes not yet acknowledged, those older than {@code delayedBefore}, and the last failure. */
    public Backlog backlog(Instant delayedBefore) {
        long pending = jdbc.sql("select count(*) from motcua_portal_outbox where sent_at is null")
                .query(Long.class).single();
        long delayed = jdbc.sql("select count(*) from motcua_portal_outbox where sent_at is null and created_at < :before")
                .param("before", utc(delayedBefore)).query(Long.class).single();
        long delivered = jdbc.sql("select count(*) from motcua_portal_outbox where sent_at is not null")
                .query(Long.class).single();
        OffsetDateTime oldest = jdbc.sql("select min(created_at) from motcua_portal_outbox where sent_at is null")
                .query((rs, row) -> Optional.ofNullable(local(rs.getObject(1, OffsetDateTime.class)))).single()
                .orElse(null);
        return jdbc.sql("""
                        select last_attempt_at, last_status, last_error from motcua_portal_outbox
                        where sent_at is null and last_attempt_at is not null
                        order by last_attempt_at desc fetch first 1 rows only""")
                .query((rs, row) -> new Backlog(pending, delayed, delivered, oldest,
                        local(rs.getObject("last_attempt_at", OffsetDateTime.class)), (Integer) rs.getObject("last_status"),
                        rs.getString("last_error")))
                .optional().orElse(new Backlog(pending, delayed, delivered, oldest, null, null, null));
    }

    private static String json(PortalMessage message) {
        try {
            return JSON.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Dossier state not writable as JSON: " + message.dossierCode(), e);
        }
    }

    private static OffsetDateTime local(OffsetDateTime moment) {
        return moment == null ? null : moment.atZoneSameInstant(VietnamTime.ZONE).toOffsetDateTime();
    }

    private static OffsetDateTime utc(Instant moment) {
        return OffsetDateTime.ofInstant(moment, ZoneOffset.UTC);
    }
}
